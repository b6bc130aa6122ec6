import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { getAppMenu, type AppMenuEntry } from '../../core/app-menu';
import { formatText, getMainTranslator } from '../i18n';

function toTemplate(entry: AppMenuEntry): MenuItemConstructorOptions {
  if ('role' in entry) return { role: entry.role };
  if ('develop' in entry) {
    return { label: 'Develop', submenu: entry.develop.map((role) => ({ role })) };
  }
  return {
    label: formatText(entry.label),
    submenu: entry.items.map(({ role, label }) =>
      label ? { role, label: formatText(label) } : { role },
    ),
  };
}

/**
 * Sets core's application menu in main's language; the default one (with DevTools) never
 * shows. `relabel` builds it again once that language has changed.
 */
export function setupAppMenu(): { relabel(): void } {
  let builtFor: string | null = null;
  const build = (): void => {
    const { locale } = getMainTranslator();
    if (locale === builtFor) return;
    builtFor = locale;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(getAppMenu(process.platform, app.isPackaged).map(toTemplate)),
    );
  };
  build();
  return { relabel: build };
}
