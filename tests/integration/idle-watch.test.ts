import { afterAll, describe, expect, it } from 'vitest';
import { createDbusSession, type DbusSession } from '../../src/main/platform/dbus-session';
import { createMutterReturnWatch } from '../../src/main/platform/idle-watch';
import { serveActiveWatches } from '../support/dbus-active-watch-service';
import { failInCi, getSessionBusSkip } from '../support/desktop-session';
import { announceSkip } from '../support/skip-notice';

const skip = failInCi('return watch on D-Bus', getSessionBusSkip());
announceSkip('Mutter return watch on a real D-Bus session bus', skip);

/** Resolves once `check` holds, polling the event loop (bus messages arrive async). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 500; turn += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A reply from the service: the signals it sent before have reached us. */
const roundTrip = (session: DbusSession, destination = 'org.gnome.Mutter.IdleMonitor') =>
  destination === 'org.freedesktop.DBus'
    ? session.call({
        destination,
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member: 'GetId',
      })
    : session.call({
        destination,
        path: '/org/gnome/Mutter/IdleMonitor/Core',
        interface: 'org.gnome.Mutter.IdleMonitor',
        member: 'GetIdletime',
      });

describe.skipIf(skip !== null)(
  `Mutter's user-active watch on a real session bus${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let session: DbusSession | null = null;
    afterAll(() => session?.close());

    it('hears the first input at once, once, and removes a cancelled watch', async () => {
      const mutter = await serveActiveWatches();
      try {
        session ??= createDbusSession();
        const watch = createMutterReturnWatch(session, () => undefined);
        let returns = 0;
        watch(() => (returns += 1));
        await until(() => mutter.watches.size === 1, 'the watch to be added');
        mutter.input();
        await until(() => returns === 1, 'the return');
        // One-shot: more input is not heard until a new watch is armed.
        mutter.input();
        await roundTrip(session);
        expect(returns).toBe(1);

        const cancel = watch(() => (returns += 1));
        await until(() => mutter.watches.size === 1, 'the second watch');
        cancel();
        await until(() => mutter.watches.size === 0, 'the watch to be removed');
        mutter.input();
        await roundTrip(session);
        expect(returns).toBe(1);
        expect(mutter.added).toBe(2);
      } finally {
        await mutter.stop();
      }
    });

    it('says once that there is no watch where Mutter is absent, and never calls back', async () => {
      session ??= createDbusSession();
      const said: string[] = [];
      const watch = createMutterReturnWatch(session, (message) => said.push(message));
      let returns = 0;
      watch(() => (returns += 1));
      watch(() => (returns += 1));
      await until(() => said.length === 1, 'the note');
      // The bus answers in order: both calls have failed once this reply is here.
      await roundTrip(session, 'org.freedesktop.DBus');
      await new Promise((resolve) => setImmediate(resolve));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/no return watch/);
      expect(returns).toBe(0);
    });
  },
);
