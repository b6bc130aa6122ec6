import { Variant } from '@jellybrick/dbus-next';
import type { DesktopNotice, DesktopNotifier, NoticeResponse } from '../ports';
import type { DbusSession, DbusSignal } from './dbus-session';

/**
 * Linux notices straight through org.freedesktop.Notifications on the app's one
 * session-bus connection. notify-send (node-notifier's Linux path) can neither show
 * buttons nor report a click; the spec's own `Notify` can, and the daemon answers with
 * the `ActionInvoked` and `NotificationClosed` signals.
 */

const NOTIFICATIONS = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.Notifications',
} as const;

/** The spec's action key for a click on the notice itself. */
export const DEFAULT_ACTION_KEY = 'default';

/** Why the daemon closed a notice (spec: 1 expired, 2 dismissed, 3 closed by a call). */
const CLOSED_BY_USER = 2;

export interface FreedesktopNotifierOptions {
  session: DbusSession;
  appName: string;
  /** The .desktop file's name without the suffix, so the daemon shows our icon and name. */
  desktopEntry?: string;
  icon?: string;
  log?: (message: string) => void;
}

/** Notify's `actions` argument: key, label, key, label... with a click as "default". */
export function toNotifyActions(actions: readonly string[]): string[] {
  return [DEFAULT_ACTION_KEY, 'Open', ...actions.flatMap((label) => [label, label])];
}

/** What an `ActionInvoked` key means to us. */
export function toActionResponse(key: string, actions: readonly string[]): NoticeResponse {
  if (key === DEFAULT_ACTION_KEY) return { type: 'click' };
  return actions.includes(key) ? { type: 'action', action: key } : { type: 'dismissed' };
}

interface Pending {
  actions: readonly string[];
  onResponse: (response: NoticeResponse) => void;
}

export function createFreedesktopNotifier(options: FreedesktopNotifierOptions): DesktopNotifier & {
  readonly failures: number;
  /** Notices shown and not yet answered, by the daemon's id. */
  readonly pending: number;
  close(): void;
} {
  const log = options.log ?? ((message: string) => console.warn(message));
  const pending = new Map<number, Pending>();
  let failures = 0;

  const answer = (id: number, response: NoticeResponse | null): void => {
    const waiting = pending.get(id);
    if (!waiting) return; // another app's notice, or one already answered
    pending.delete(id);
    if (response) waiting.onResponse(response);
  };
  const onSignal = ({ member, body }: DbusSignal): void => {
    const id = Number(body[0]);
    if (member === 'ActionInvoked') {
      const waiting = pending.get(id);
      if (waiting) answer(id, toActionResponse(String(body[1]), waiting.actions));
    } else if (member === 'NotificationClosed') {
      // Expired or closed by us: no answer. Dismissed by the person: "dismissed".
      answer(id, Number(body[1]) === CLOSED_BY_USER ? { type: 'dismissed' } : null);
    }
  };
  const unsubscribe = options.session.onSignal({ interface: NOTIFICATIONS.interface }, onSignal);

  return {
    get failures() {
      return failures;
    },
    get pending() {
      return pending.size;
    },
    show(notice: DesktopNotice, onResponse?: (response: NoticeResponse) => void): void {
      const actions = onResponse ? (notice.actions ?? []) : [];
      const hints: Record<string, Variant> = { urgency: new Variant('y', 1) };
      if (options.desktopEntry) hints['desktop-entry'] = new Variant('s', options.desktopEntry);
      const body = [
        options.appName,
        0, // replaces_id: a new notice
        options.icon ?? '',
        notice.title,
        notice.body,
        onResponse ? toNotifyActions(actions) : [],
        hints,
        -1, // expire_timeout: the daemon's default
      ];
      options.session
        .call({ ...NOTIFICATIONS, member: 'Notify', signature: 'susssasa{sv}i', body })
        .then(([id]) => {
          if (onResponse) pending.set(Number(id), { actions, onResponse });
        })
        .catch((error: unknown) => {
          failures += 1;
          if (failures === 1) {
            log(
              `[notifications] no notification service answered on the session bus (${String(error)}); notices go to the log only`,
            );
          }
        });
    },
    close() {
      unsubscribe();
      pending.clear();
    },
  };
}
