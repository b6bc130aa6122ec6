import type { DbusSession } from './dbus-session';

/** Calls `onReturn` once on the next input; returns the cancel (see Ports.watchReturn). */
export type ReturnWatch = (onReturn: () => void) => () => void;

const MONITOR = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
} as const;

/** Watch ids that fired before their AddUserActiveWatch reply was read; a few at most. */
const EARLY_LIMIT = 16;

/**
 * GNOME's one-shot "user active" watch: `AddUserActiveWatch` answers a watch id, and
 * Mutter emits `WatchFired(id)` on the first input after it (then drops the watch).
 * Without Mutter the call fails: that is said once, and returns are heard at the
 * engine's next look instead.
 */
export function createMutterReturnWatch(
  session: DbusSession,
  log: (message: string) => void = (message) => console.info(message),
): ReturnWatch {
  const armed = new Map<number, () => void>();
  const early: number[] = [];
  let hearing: Promise<unknown> | null = null;
  let failedBefore = false;

  const onFired = (body: unknown[]) => {
    const id = Number(body[0]);
    const onReturn = armed.get(id);
    if (onReturn) {
      armed.delete(id);
      onReturn();
    } else {
      early.push(id);
      if (early.length > EARLY_LIMIT) early.shift();
    }
  };
  const remove = (id: number) =>
    session
      .call({ ...MONITOR, member: 'RemoveWatch', signature: 'u', body: [id] })
      .catch(() => undefined);

  return (onReturn) => {
    let cancelled = false;
    let watchId: number | null = null;
    const arm = async () => {
      hearing ??= session.subscribe(
        { interface: MONITOR.interface, member: 'WatchFired', path: MONITOR.path },
        onFired,
      );
      await hearing;
      const [raw] = await session.call({ ...MONITOR, member: 'AddUserActiveWatch' });
      const id = Number(raw);
      if (!Number.isInteger(id)) throw new Error(`AddUserActiveWatch answered ${String(raw)}`);
      watchId = id;
      if (cancelled) return void remove(id);
      const firedAt = early.indexOf(id);
      if (firedAt >= 0) {
        early.splice(firedAt, 1);
        return onReturn();
      }
      armed.set(id, onReturn);
    };
    arm().catch((error: unknown) => {
      // A failed subscription is asked for again next time.
      hearing = null;
      if (!failedBefore) log(`[idle] no return watch (${String(error)}); looks back off instead`);
      failedBefore = true;
    });
    return () => {
      cancelled = true;
      if (watchId !== null && armed.delete(watchId)) void remove(watchId);
    };
  };
}
