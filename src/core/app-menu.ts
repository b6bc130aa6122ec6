import { message, type Message } from '../shared/i18n/message';

/**
 * The application menu, as Electron roles. Without one Electron shows its default
 * "File Edit View Window Help" with DevTools; ours keeps what a person needs: Close
 * (Ctrl/Cmd+W, which ends a break as a snooze) and, on macOS, the app and Edit menus
 * (copy and paste in text fields need them there). Reload and DevTools only in a dev run.
 * Labels are messages: Electron's defaults for a role are English in every language.
 */
export type AppMenuRole =
  'appMenu' | 'editMenu' | 'close' | 'minimize' | 'reload' | 'toggleDevTools';

export interface AppMenuItem {
  role: AppMenuRole;
  /** Absent: Electron's own label (only in the developer's menu). */
  label?: Message;
}

export type AppMenuEntry =
  | { role: AppMenuRole }
  | { label: Message; items: AppMenuItem[] }
  /** An unpackaged run's menu for the developer: English, as the logs are. */
  | { develop: AppMenuRole[] };

export function getAppMenu(platform: string, packaged: boolean): AppMenuEntry[] {
  const mac = platform === 'darwin';
  const close: AppMenuItem = {
    role: 'close',
    label: message('appMenu.close', { platform: mac ? 'mac' : 'other' }),
  };
  const windowLabel = message('appMenu.window');
  const menu: AppMenuEntry[] = mac
    ? [
        { role: 'appMenu' },
        { role: 'editMenu' },
        {
          label: windowLabel,
          items: [{ role: 'minimize', label: message('appMenu.minimize') }, close],
        },
      ]
    : [{ label: windowLabel, items: [close] }];
  if (!packaged) menu.push({ develop: ['reload', 'toggleDevTools'] });
  return menu;
}
