import { Notification } from 'electron';
import type { DesktopNotifier } from '../ports';
import type { DbusSession } from './dbus-session';
import { createElectronNotifier } from './electron-notifications';
import { createFreedesktopNotifier } from './freedesktop-notifications';
import { createDesktopNotifier, getNoticeBackend } from './notifications';

export interface PlatformNotifierOptions {
  appName: string;
  /** The appId of electron-builder.yml: Windows toasts and the Linux desktop entry use it. */
  appId: string;
  icon?: string;
  /** The app's one session-bus connection (Linux), or null where there is none. */
  dbus: DbusSession | null;
  platform?: NodeJS.Platform;
}

/** The notifier that delivers buttons and clicks on this platform (getNoticeBackend). */
export function createPlatformNotifier(options: PlatformNotifierOptions): DesktopNotifier {
  const platform = options.platform ?? process.platform;
  const backend = getNoticeBackend(platform, options.dbus !== null);
  if (backend === 'freedesktop' && options.dbus) {
    return createFreedesktopNotifier({
      session: options.dbus,
      appName: options.appName,
      desktopEntry: options.appId,
      icon: options.icon,
    });
  }
  if (backend === 'electron') {
    return createElectronNotifier({ create: (notice) => new Notification(notice) });
  }
  return createDesktopNotifier({
    appName: options.appName,
    appId: options.appId,
    icon: options.icon,
    platform,
  });
}
