import type { IdleSourceId } from '../../core/idle-chain';
import type { DbusSession } from './dbus-session';

/** One way of asking the OS how long the person has not touched keyboard or mouse. */
export interface IdleSource {
  id: IdleSourceId;
  /** Seconds since the last input; rejects when the source does not answer. */
  read(): Promise<number>;
}

/** uint64 arrives as a bigint, uint32 as a number; both become a finite number. */
function toMilliseconds(value: unknown, what: string): number {
  const ms = typeof value === 'bigint' ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new Error(`${what} answered ${String(value)}, not a duration`);
  }
  return ms;
}

/** GNOME (X11 and Wayland): Mutter's IdleMonitor, GetIdletime → uint64 milliseconds. */
export function createMutterIdleSource(session: DbusSession): IdleSource {
  return {
    id: 'mutter',
    async read() {
      const [ms] = await session.call({
        destination: 'org.gnome.Mutter.IdleMonitor',
        path: '/org/gnome/Mutter/IdleMonitor/Core',
        interface: 'org.gnome.Mutter.IdleMonitor',
        member: 'GetIdletime',
      });
      return toMilliseconds(ms, 'Mutter IdleMonitor') / 1000;
    },
  };
}

/**
 * KDE and others: org.freedesktop.ScreenSaver GetSessionIdleTime → uint32. KDE's
 * implementation answers in milliseconds; GNOME's answers with a "not supported" error.
 */
export function createScreenSaverIdleSource(session: DbusSession): IdleSource {
  return {
    id: 'screensaver',
    async read() {
      const [ms] = await session.call({
        destination: 'org.freedesktop.ScreenSaver',
        path: '/org/freedesktop/ScreenSaver',
        interface: 'org.freedesktop.ScreenSaver',
        member: 'GetSessionIdleTime',
      });
      return toMilliseconds(ms, 'ScreenSaver') / 1000;
    },
  };
}

/** Electron's powerMonitor, wrapped as a source (it answers synchronously). */
export function createPowerMonitorIdleSource(readSeconds: () => number): IdleSource {
  return { id: 'powerMonitor', read: async () => readSeconds() };
}
