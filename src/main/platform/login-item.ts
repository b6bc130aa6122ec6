import { app } from 'electron';
import { homedir } from 'node:os';
import type { Settings } from '../../shared/settings/schema';
import { setAutostart } from './autostart';

/** The command that starts this copy of Unknot: the AppImage itself when run from one. */
function getLaunchCommand(): string[] {
  const appImage = process.env.APPIMAGE;
  if (appImage) return [appImage];
  // Unpackaged (dev), Electron needs the app's entry as its first argument.
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()];
}

/** Makes "launch at login" match the setting: XDG autostart on Linux, the OS's list elsewhere. */
export function applyLoginItem(settings: Pick<Settings, 'launchAtLogin'>): void {
  const enabled = settings.launchAtLogin;
  try {
    if (process.platform === 'linux') {
      setAutostart(
        { home: homedir(), xdgConfigHome: process.env.XDG_CONFIG_HOME },
        enabled,
        getLaunchCommand(),
      );
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled });
    }
  } catch (error) {
    console.warn(
      `[login-item] could not ${enabled ? 'enable' : 'disable'} launch at login: ${String(error)}`,
    );
  }
}

/** Applies the setting now and again whenever it changes. Returns the unsubscribe. */
export function setupLoginItem(store: {
  settings: Settings;
  onChange(listener: (settings: Settings) => void): () => void;
}): () => void {
  let last = store.settings.launchAtLogin;
  applyLoginItem(store.settings);
  return store.onChange((settings) => {
    if (settings.launchAtLogin === last) return;
    last = settings.launchAtLogin;
    applyLoginItem(settings);
  });
}
