import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { getAppMenu } from '../../core/app-menu';

/** Sets core's application menu; the default one (with DevTools) never shows. */
export function setupAppMenu(): void {
  const template = getAppMenu(process.platform, app.isPackaged).map(
    (entry): MenuItemConstructorOptions =>
      'role' in entry
        ? { role: entry.role }
        : { label: entry.label, submenu: entry.items.map((role) => ({ role })) },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
