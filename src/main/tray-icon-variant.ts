import type { TrayIconVariant } from './tray-icon';

/**
 * Which ink the tray icon needs is a question about the panel it sits on, not about
 * the app's theme: GNOME's top bar is dark whatever the theme, and Windows can run a
 * dark taskbar ("system" mode) with light apps ("app" mode).
 */
export interface TrayEnvironment {
  platform: NodeJS.Platform;
  /** XDG_CURRENT_DESKTOP, e.g. "ubuntu:GNOME" or "KDE"; colon-separated. */
  desktop?: string;
  /** nativeTheme.shouldUseDarkColors: the apps' theme. */
  darkApps: boolean;
  /** nativeTheme.shouldUseDarkColorsForSystemIntegratedUI: the taskbar's (Windows). */
  darkSystemUi: boolean;
}

/** Desktops whose top bar is dark in light and dark themes alike. */
const ALWAYS_DARK_PANELS = ['gnome', 'unity', 'pantheon'];

/** Whether the panel under the tray icon is dark. */
export function isTrayPanelDark(env: TrayEnvironment): boolean {
  if (env.platform === 'win32') return env.darkSystemUi;
  if (env.platform === 'linux') {
    const desktops = (env.desktop ?? '').toLowerCase().split(':');
    if (desktops.some((name) => ALWAYS_DARK_PANELS.includes(name))) return true;
  }
  return env.darkApps;
}

/** The icon's ink for that panel; macOS tints a template image itself. */
export function getTrayIconVariant(env: TrayEnvironment): TrayIconVariant {
  if (env.platform === 'darwin') return 'template';
  return isTrayPanelDark(env) ? 'dark' : 'light';
}
