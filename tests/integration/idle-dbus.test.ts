import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { getIdleSourceOrder, RECHECK_MS, STUCK_ZERO_MS } from '../../src/core/idle-chain';
import { createDbusSession, type DbusSession } from '../../src/main/platform/dbus-session';
import { createIdleReader } from '../../src/main/platform/idle';
import {
  createMutterIdleSource,
  createPowerMonitorIdleSource,
  createScreenSaverIdleSource,
} from '../../src/main/platform/idle-dbus';
import {
  serveMutterIdleMonitor,
  serveScreenSaver,
  type FakeIdleService,
} from '../support/dbus-idle-service';
import { failInCi, getSessionBusSkip } from '../support/desktop-session';
import { announceSkip } from '../support/skip-notice';

const skip = failInCi('idle chain on D-Bus', getSessionBusSkip());
announceSkip('idle chain on a real D-Bus session bus', skip);

describe.skipIf(skip !== null)(
  `idle source chain on a real session bus${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    const services: FakeIdleService[] = [];
    let session: DbusSession | null = null;
    afterEach(async () => {
      await Promise.all(services.splice(0).map((service) => service.stop().catch(() => undefined)));
    });
    afterAll(() => session?.close());

    /** A Wayland GNOME session as the chain sees it; powerMonitor stuck at 0 as there. */
    function waylandReader(clock: { mono: number }) {
      session ??= createDbusSession();
      const order = getIdleSourceOrder({
        platform: 'linux',
        sessionType: 'wayland',
        hasSessionBus: true,
      });
      return createIdleReader({
        order,
        sources: [
          createMutterIdleSource(session),
          createScreenSaverIdleSource(session),
          createPowerMonitorIdleSource(() => 0),
        ],
        watchStuckZero: true,
        monoNow: () => clock.mono,
        log: () => undefined,
      });
    }

    it('picks Mutter, reads it, and falls back to ScreenSaver, then the clock, when it disappears', async () => {
      const clock = { mono: 0 };
      const mutter = await serveMutterIdleMonitor(42_000);
      const screensaver = await serveScreenSaver(7_000);
      services.push(mutter, screensaver);
      const reader = waylandReader(clock);

      await reader.refresh();
      expect(reader.getSource()).toBe('mutter');
      expect(reader.read()).toBe(42);
      mutter.idleMs = 1_500;
      await reader.refresh();
      expect(reader.read()).toBe(1.5);

      await mutter.stop();
      await reader.refresh();
      expect(reader.getSource()).toBe('screensaver');
      expect(reader.read()).toBe(7);

      await screensaver.stop();
      await reader.refresh();
      // powerMonitor answers 0, which is believed until it has said nothing else for long.
      expect(reader.getSource()).toBe('powerMonitor');
      expect(reader.read()).toBe(0);
      clock.mono += STUCK_ZERO_MS;
      await reader.refresh();
      expect(reader.getSource()).toBeNull();
      expect(reader.read()).toBeNull();
      expect(reader.isUnavailable()).toBe(true);
    });

    it('goes back to Mutter at the next recheck once it is on the bus again', async () => {
      const clock = { mono: 0 };
      const reader = waylandReader(clock);
      const screensaver = await serveScreenSaver(3_000);
      services.push(screensaver);
      await reader.refresh();
      expect(reader.getSource()).toBe('screensaver');

      const mutter = await serveMutterIdleMonitor(9_000);
      services.push(mutter);
      await reader.refresh();
      expect(reader.getSource()).toBe('screensaver');
      clock.mono += RECHECK_MS;
      await reader.refresh();
      expect(reader.getSource()).toBe('mutter');
      expect(reader.read()).toBe(9);
    });

    it('keeps one bus connection however many polls it makes', async () => {
      const clock = { mono: 0 };
      const mutter = await serveMutterIdleMonitor(1_000);
      services.push(mutter);
      const reader = waylandReader(clock);
      for (let poll = 0; poll < 50; poll += 1) await reader.refresh();
      expect(reader.read()).toBe(1);
      expect(session?.connectionsOpened).toBe(1);
    });
  },
);
