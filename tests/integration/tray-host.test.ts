import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDbusSession, type DbusSession } from '../../src/main/platform/dbus-session';
import { detectTrayHost } from '../../src/main/platform/tray-host';
import { failInCi, getSessionBusSkip } from '../support/desktop-session';
import { serveTrayWatcher, type FakeTrayWatcher } from '../support/dbus-tray-watcher';
import { startPrivateBus, type PrivateBus } from '../support/private-bus';
import { announceSkip } from '../support/skip-notice';

/** Issue 11 §3: GNOME without the AppIndicator extension has no tray; the app can tell. */

const skip = failInCi('tray host detection on D-Bus', getSessionBusSkip());
announceSkip('tray host detection on a real D-Bus session bus', skip);

describe.skipIf(skip !== null)(
  `tray host detection on a real session bus${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    // A bus of its own, with nothing on it but what each test serves.
    let bus: PrivateBus | null = null;
    let session: DbusSession | null = null;
    let watcher: FakeTrayWatcher | null = null;
    const previousAddress = process.env.DBUS_SESSION_BUS_ADDRESS;
    beforeAll(async () => {
      bus = await startPrivateBus(mkdtempSync(join(tmpdir(), 'unknot-tray-bus-')));
      process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
      // The app's one shared connection, as main opens it.
      session = createDbusSession();
    });
    afterEach(async () => {
      await watcher?.stop();
      watcher = null;
    });
    afterAll(() => {
      session?.close();
      bus?.stop();
      process.env.DBUS_SESSION_BUS_ADDRESS = previousAddress;
    });

    it('finds no tray host where nobody owns org.kde.StatusNotifierWatcher', async () => {
      expect(await detectTrayHost('linux', session)).toBe('absent');
    });

    it('finds one where a watcher runs with a registered host', async () => {
      watcher = await serveTrayWatcher(true);
      expect(await detectTrayHost('linux', session)).toBe('present');
    });

    it('finds none where a watcher runs but no panel registered as its host', async () => {
      watcher = await serveTrayWatcher(false);
      expect(await detectTrayHost('linux', session)).toBe('absent');
    });

    it('does not guess without a bus, and does not ask off Linux', async () => {
      expect(await detectTrayHost('linux', null)).toBe('unknown');
      const broken = createDbusSession(() => {
        throw new Error('no bus here');
      });
      expect(await detectTrayHost('linux', broken)).toBe('unknown');
      expect(await detectTrayHost('win32', null)).toBe('present');
      expect(await detectTrayHost('darwin', session)).toBe('present');
    });
  },
);
