import { app } from 'electron';
import { homedir } from 'node:os';
import { getLaunchTarget } from '../../core/launch-target';
import type { Settings } from '../../shared/settings/schema';
import { setAutostart } from './autostart';

/** Makes "launch at login" match the setting: XDG autostart on Linux, the OS's list elsewhere. */
export function applyLoginItem(settings: Pick<Settings, 'launchAtLogin'>): void {
  const enabled = settings.launchAtLogin;
  const target = getLaunchTarget({
    packaged: app.isPackaged,
    execPath: process.execPath,
    appPath: app.getAppPath(),
    appImage: process.env.APPIMAGE,
    appDir: process.env.APPDIR,
  });
  try {
    if (process.platform === 'linux') {
      setAutostart(
        { home: homedir(), xdgConfigHome: process.env.XDG_CONFIG_HOME },
        enabled,
        target.command,
        target.autostartName,
      );
    } else if (target.useOsLoginItems) {
      app.setLoginItemSettings({ openAtLogin: enabled });
    } else {
      // The OS's list would name Electron itself, in place of the installed Unknot.
      console.info('[login-item] launch at login applies to the installed app, not a dev run');
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
