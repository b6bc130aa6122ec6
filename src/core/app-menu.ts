/**
 * The application menu, as Electron roles. Without one Electron shows its default
 * "File Edit View Window Help" with DevTools; ours keeps what a person needs: Close
 * (Ctrl/Cmd+W, which ends a break as a snooze) and, on macOS, the app and Edit menus
 * (copy and paste in text fields need them there). Reload and DevTools only in a dev run.
 */
export type AppMenuRole =
  'appMenu' | 'editMenu' | 'close' | 'minimize' | 'reload' | 'toggleDevTools';

export type AppMenuEntry = { role: AppMenuRole } | { label: string; items: AppMenuRole[] };

export function getAppMenu(platform: string, packaged: boolean): AppMenuEntry[] {
  const mac = platform === 'darwin';
  const menu: AppMenuEntry[] = mac
    ? [{ role: 'appMenu' }, { role: 'editMenu' }, { label: 'Window', items: ['minimize', 'close'] }]
    : [{ label: 'Window', items: ['close'] }];
  if (!packaged) menu.push({ label: 'Develop', items: ['reload', 'toggleDevTools'] });
  return menu;
}
