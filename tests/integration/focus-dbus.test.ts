import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPrivateBus, type PrivateBus } from '../support/private-bus';
import { createDbusSession, type DbusSession } from '../../src/main/platform/dbus-session';
import {
  createGnomeInhibitorSource,
  createKdeNotificationsSource,
  createPowerInhibitSource,
} from '../../src/main/platform/focus-dbus';
import { startFocusWatch } from '../../src/main/platform/focus-watch';
import type { FocusState } from '../../src/shared/domain';
import {
  serveGnomeSessionManager,
  serveKdeNotifications,
  servePowerManagementInhibit,
  type FakeFocusService,
} from '../support/dbus-focus-service';
import { failInCi, getSessionBusSkip } from '../support/desktop-session';
import { announceSkip } from '../support/skip-notice';

/** Issue 15 §1: the Linux focus sources on a real session bus, watched by their signals. */

const skip = failInCi('focus sources on D-Bus', getSessionBusSkip());
announceSkip('focus sources on a real D-Bus session bus', skip);

/** Waits until `check` holds, or fails after a second. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe.skipIf(skip !== null)(
  `focus sources on a real session bus${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    const services: FakeFocusService[] = [];
    // A bus of its own: a dunst an earlier test woke owns org.freedesktop.Notifications
    // on the shared one, and the KDE test service needs that name.
    let bus: PrivateBus | null = null;
    const previousAddress = process.env.DBUS_SESSION_BUS_ADDRESS;
    beforeAll(async () => {
      bus = await startPrivateBus(mkdtempSync(join(tmpdir(), 'unknot-focus-bus-')));
      process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
    });
    afterAll(() => {
      bus?.stop();
      process.env.DBUS_SESSION_BUS_ADDRESS = previousAddress;
    });
    const session: DbusSession = createDbusSession();
    afterEach(async () => {
      await Promise.all(services.splice(0).map((service) => service.stop().catch(() => undefined)));
    });
    afterAll(() => session.close());

    async function watchOne(
      source: ReturnType<typeof createPowerInhibitSource>,
      service: FakeFocusService,
    ) {
      services.push(service);
      const seen: FocusState[] = [];
      const watch = await startFocusWatch([source], (state) => seen.push(state));
      return { seen, watch };
    }

    it('GNOME: an idle inhibitor is a call, heard from InhibitorAdded and InhibitorRemoved', async () => {
      const { seen, watch } = await watchOne(
        createGnomeInhibitorSource(session),
        await serveGnomeSessionManager(),
      );
      const service = services[0];
      if (!service) throw new Error('no service');
      expect(seen).toEqual(['none']);
      service.on = true;
      await until(() => seen.length === 2);
      service.on = false;
      await until(() => seen.length === 3);
      expect(seen).toEqual(['none', 'call', 'none']);
      watch.stop();
    });

    it('freedesktop PowerManagement: HasInhibit, followed through HasInhibitChanged', async () => {
      const { seen, watch } = await watchOne(
        createPowerInhibitSource(session),
        await servePowerManagementInhibit(),
      );
      const service = services[0];
      if (!service) throw new Error('no service');
      service.on = true;
      await until(() => seen.length === 2);
      expect(seen).toEqual(['none', 'call']);
      expect(watch.working()).toEqual(['power-inhibit']);
      watch.stop();
    });

    it("KDE: notifications' Inhibited property is do-not-disturb, followed through PropertiesChanged", async () => {
      const { seen, watch } = await watchOne(
        createKdeNotificationsSource(session),
        await serveKdeNotifications(),
      );
      const service = services[0];
      if (!service) throw new Error('no service');
      service.on = true;
      await until(() => seen.length === 2);
      expect(seen).toEqual(['none', 'dnd']);
      watch.stop();
    });

    it('says no source works when none answers, all on one connection', async () => {
      const watch = await startFocusWatch(
        [
          createGnomeInhibitorSource(session),
          createPowerInhibitSource(session),
          createKdeNotificationsSource(session),
        ],
        () => undefined,
      );
      expect(watch.working()).toEqual([]);
      expect(session.connectionsOpened).toBe(1);
      watch.stop();
    });
  },
);
