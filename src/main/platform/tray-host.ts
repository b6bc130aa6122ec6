import type { DbusSession } from './dbus-session';
import { message } from '../../shared/i18n/message';

/**
 * Whether anything on this desktop shows tray icons. Electron's Linux tray is a
 * StatusNotifierItem: it appears only where `org.kde.StatusNotifierWatcher` has an owner
 * and a host (a panel) has registered with it. Stock GNOME has neither until the
 * AppIndicator extension is on; then Unknot has no icon and no menu at all.
 */
export type TrayHost = 'present' | 'absent' | 'unknown';

const WATCHER = 'org.kde.StatusNotifierWatcher';

const asBoolean = (value: unknown): boolean | null => {
  // A property read answers a variant: { signature: 'b', value: true }.
  const inner =
    typeof value === 'object' && value !== null && 'value' in value ? value.value : value;
  return typeof inner === 'boolean' ? inner : null;
};

/**
 * 'absent' only when the bus says so; a bus that cannot be asked gives 'unknown', and
 * the app then says nothing (a wrong warning is worse than none). Other systems always
 * have a tray (the Windows notification area, the macOS menu bar).
 */
export async function detectTrayHost(
  platform: NodeJS.Platform,
  dbus: DbusSession | null,
): Promise<TrayHost> {
  if (platform !== 'linux') return 'present';
  if (!dbus) return 'unknown';
  try {
    const [owned] = await dbus.call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'NameHasOwner',
      signature: 's',
      body: [WATCHER],
    });
    if (owned === false) return 'absent';
    if (owned !== true) return 'unknown';
    const [registered] = await dbus.call({
      destination: WATCHER,
      path: '/StatusNotifierWatcher',
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: [WATCHER, 'IsStatusNotifierHostRegistered'],
    });
    const host = asBoolean(registered);
    return host === null ? 'unknown' : host ? 'present' : 'absent';
  } catch (error) {
    console.warn(`[tray] cannot tell whether a tray host exists: ${String(error)}`);
    return 'unknown';
  }
}

/** What the person reads when Unknot's icon has nowhere to appear (main formats it). */
export const NO_TRAY_HOST_TEXT = {
  title: message('trayHost.title'),
  detail: message('trayHost.detail'),
} as const;
