import type { FocusState } from '../../shared/domain';
import type { DbusCall, DbusSession } from './dbus-session';

/**
 * Linux focus sources on the one shared session-bus connection, each watched by its
 * signal rather than polled: session idle inhibitors (browsers set them for video
 * calls and presentations) and KDE's notification inhibition (do-not-disturb).
 */

export interface FocusSource {
  readonly name: string;
  /** What the source says now; null when it does not answer (not on this desktop). */
  read(): Promise<FocusState | null>;
  /** Calls `onChange` when the source's signal says something changed; resolves to a stop. */
  watch?(onChange: () => void): Promise<() => void>;
}

/** GNOME's inhibit flag for "idle": what players, calls and presentations ask for. */
const GNOME_INHIBIT_IDLE = 8;

const GNOME_SESSION = {
  destination: 'org.gnome.SessionManager',
  path: '/org/gnome/SessionManager',
  interface: 'org.gnome.SessionManager',
} as const;

const PM_INHIBIT = {
  destination: 'org.freedesktop.PowerManagement',
  path: '/org/freedesktop/PowerManagement/Inhibit',
  interface: 'org.freedesktop.PowerManagement.Inhibit',
} as const;

const NOTIFICATIONS = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
} as const;

/** An idle inhibitor held means someone is in a call or presenting: breaks wait. */
export function inhibitedToFocus(inhibited: unknown): FocusState | null {
  return typeof inhibited === 'boolean' ? (inhibited ? 'call' : 'none') : null;
}

/** KDE's `Inhibited` property: notifications are held back, i.e. do-not-disturb. */
export function notificationsInhibitedToFocus(value: unknown): FocusState | null {
  // A property read answers a variant: { signature: 'b', value: true }.
  const inner =
    typeof value === 'object' && value !== null && 'value' in value ? value.value : value;
  return typeof inner === 'boolean' ? (inner ? 'dnd' : 'none') : null;
}

async function ask(session: DbusSession, call: DbusCall): Promise<unknown> {
  try {
    const [first] = await session.call(call);
    return first;
  } catch {
    return undefined;
  }
}

export function createGnomeInhibitorSource(session: DbusSession): FocusSource {
  return {
    name: 'gnome-inhibitor',
    read: async () =>
      inhibitedToFocus(
        await ask(session, {
          ...GNOME_SESSION,
          member: 'IsInhibited',
          signature: 'u',
          body: [GNOME_INHIBIT_IDLE],
        }),
      ),
    async watch(onChange) {
      const match = { interface: GNOME_SESSION.interface, path: GNOME_SESSION.path };
      const stops = await Promise.all(
        ['InhibitorAdded', 'InhibitorRemoved'].map((member) =>
          session.subscribe({ ...match, member }, onChange),
        ),
      );
      return () => stops.forEach((stop) => stop());
    },
  };
}

export function createPowerInhibitSource(session: DbusSession): FocusSource {
  return {
    name: 'power-inhibit',
    read: async () => inhibitedToFocus(await ask(session, { ...PM_INHIBIT, member: 'HasInhibit' })),
    watch: (onChange) =>
      session.subscribe(
        { interface: PM_INHIBIT.interface, member: 'HasInhibitChanged', path: PM_INHIBIT.path },
        onChange,
      ),
  };
}

export function createKdeNotificationsSource(session: DbusSession): FocusSource {
  return {
    name: 'kde-notifications',
    read: async () =>
      notificationsInhibitedToFocus(
        await ask(session, {
          ...NOTIFICATIONS,
          interface: 'org.freedesktop.DBus.Properties',
          member: 'Get',
          signature: 'ss',
          body: ['org.freedesktop.Notifications', 'Inhibited'],
        }),
      ),
    watch: (onChange) =>
      session.subscribe(
        {
          interface: 'org.freedesktop.DBus.Properties',
          member: 'PropertiesChanged',
          path: NOTIFICATIONS.path,
        },
        onChange,
      ),
  };
}
