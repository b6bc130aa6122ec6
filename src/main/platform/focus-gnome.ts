import type { FocusState } from '../../shared/domain';
import type { DbusSession } from './dbus-session';
import type { FocusSource } from './focus-dbus';

/**
 * GNOME's do-not-disturb: `show-banners` false in `org.gnome.desktop.notifications`.
 *
 * Read and watched through xdg-desktop-portal's Settings interface rather than dconf's
 * `ca.desrt.dconf.Writer` `Notify`: that signal only names the keys that changed, and
 * reading their values means parsing dconf's binary database file, while the portal
 * answers the typed value over D-Bus and sends it with `SettingChanged`. The portal
 * also answers inside a Flatpak or Snap sandbox, where dconf's files are out of reach.
 */

const PORTAL = {
  destination: 'org.freedesktop.portal.Desktop',
  path: '/org/freedesktop/portal/desktop',
  interface: 'org.freedesktop.portal.Settings',
} as const;

export const GNOME_NOTIFICATIONS_NAMESPACE = 'org.gnome.desktop.notifications';
export const SHOW_BANNERS_KEY = 'show-banners';

/** dbus-next hands a variant over as `{ signature, value }`; `Read` even nests two. */
function unwrapVariant(value: unknown, depth = 0): unknown {
  if (depth < 4 && typeof value === 'object' && value !== null && 'signature' in value) {
    return unwrapVariant((value as { value?: unknown }).value, depth + 1);
  }
  return value;
}

/** Banners hidden means do-not-disturb; anything but a boolean means no answer. */
export function showBannersToFocus(value: unknown): FocusState | null {
  const inner = unwrapVariant(value);
  return typeof inner === 'boolean' ? (inner ? 'none' : 'dnd') : null;
}

/** Whether a `SettingChanged` signal's body is about `show-banners`. */
export function isShowBannersChange(body: readonly unknown[]): boolean {
  return body[0] === GNOME_NOTIFICATIONS_NAMESPACE && body[1] === SHOW_BANNERS_KEY;
}

async function readSetting(session: DbusSession): Promise<unknown> {
  const body = [GNOME_NOTIFICATIONS_NAMESPACE, SHOW_BANNERS_KEY];
  // ReadOne (portal version 2) answers the value; older portals only have Read.
  for (const member of ['ReadOne', 'Read']) {
    try {
      const [first] = await session.call({ ...PORTAL, member, signature: 'ss', body });
      return first;
    } catch {
      // Unknown method on an old portal, or no portal at all: try the next, then give up.
    }
  }
  return undefined;
}

export function createGnomeDndSource(session: DbusSession): FocusSource {
  return {
    name: 'gnome-dnd',
    read: async () => showBannersToFocus(await readSetting(session)),
    watch: (onChange) =>
      session.subscribe(
        { interface: PORTAL.interface, member: 'SettingChanged', path: PORTAL.path },
        (body) => {
          if (isShowBannersChange(body)) onChange();
        },
      ),
  };
}
