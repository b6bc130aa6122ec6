/**
 * Stands in for the `electron` module where electron-store asks it for the user-data
 * path and the app version. Tests pass an explicit `cwd`, so the path is a fallback.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const userData = mkdtempSync(join(tmpdir(), 'unknot-userdata-'));

export const app = {
  getPath: (name: string): string => {
    if (name !== 'userData') throw new Error(`electron stand-in: no path "${name}"`);
    return userData;
  },
  getVersion: (): string => '0.0.0-test',
};

export const ipcMain = {
  on: (): void => undefined,
};

export const shell = {
  openPath: async (): Promise<string> => '',
};

export default { app, ipcMain, shell };
