import { join } from 'node:path';

/**
 * Electron names the data folder after package.json's `productName` when there is one,
 * else its `name`. Builds before `productName: Unknot` kept settings and history in
 * `<appData>/unknot`; naming the folder here, once, keeps it there whatever the product
 * is called (and on case-sensitive disks `Unknot` would be a new, empty folder).
 */
export const USER_DATA_FOLDER_NAME = 'unknot';

export interface UserDataInput {
  /** Electron's `app.getPath('appData')`: ~/.config, %APPDATA%, ~/Library/Application Support. */
  appData: string;
  /** UNKNOT_USER_DATA: tests and portable installs keep data elsewhere. */
  override: string | undefined;
}

/** The folder for settings, history and the CLI socket. */
export function chooseUserDataFolder(input: UserDataInput): string {
  if (input.override) return input.override;
  return join(input.appData, USER_DATA_FOLDER_NAME);
}
