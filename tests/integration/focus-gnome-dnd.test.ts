import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPrivateBus, type PrivateBus } from '../support/private-bus';
import { createDbusSession, type DbusSession } from '../../src/main/platform/dbus-session';
import { createGnomeDndSource } from '../../src/main/platform/focus-gnome';
import { startFocusWatch } from '../../src/main/platform/focus-watch';
import type { FocusState } from '../../src/shared/domain';
import { serveSettingsPortal, type FakeSettingsPortal } from '../support/dbus-portal-service';
import { failInCi, getSessionBusSkip } from '../support/desktop-session';
import { announceSkip } from '../support/skip-notice';

/**
 * Issue 15 §1: GNOME's do-not-disturb (`show-banners`), read and watched through the
 * settings portal on a real session bus, on the app's one connection.
 */

const skip = failInCi('GNOME do-not-disturb on D-Bus', getSessionBusSkip());
announceSkip('GNOME do-not-disturb on a real D-Bus session bus', skip);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe.skipIf(skip !== null)(
  `GNOME do-not-disturb through the settings portal${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let bus: PrivateBus | null = null;
    let portal: FakeSettingsPortal | null = null;
    let session: DbusSession | null = null;
    const previousAddress = process.env.DBUS_SESSION_BUS_ADDRESS;
    beforeAll(async () => {
      bus = await startPrivateBus(mkdtempSync(join(tmpdir(), 'unknot-portal-bus-')));
      process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
      session = createDbusSession();
    });
    afterEach(async () => {
      await portal?.stop();
      portal = null;
    });
    afterAll(() => {
      session?.close();
      bus?.stop();
      process.env.DBUS_SESSION_BUS_ADDRESS = previousAddress;
    });

    async function watchDnd() {
      if (!session) throw new Error('no session');
      const seen: FocusState[] = [];
      const watch = await startFocusWatch([createGnomeDndSource(session)], (s) => seen.push(s));
      return { seen, watch };
    }

    it.each([1, 2] as const)(
      'portal version %i: banners hidden is do-not-disturb, heard from SettingChanged',
      async (version) => {
        portal = await serveSettingsPortal(version);
        const { seen, watch } = await watchDnd();
        expect(seen).toEqual(['none']);
        expect(watch.working()).toEqual(['gnome-dnd']);
        portal.showBanners = false;
        await until(() => seen.length === 2);
        portal.showBanners = true;
        await until(() => seen.length === 3);
        expect(seen).toEqual(['none', 'dnd', 'none']);
        watch.stop();
      },
    );

    it('starts in do-not-disturb when banners are already hidden', async () => {
      portal = await serveSettingsPortal(2);
      portal.showBanners = false;
      const { seen, watch } = await watchDnd();
      expect(seen).toEqual(['dnd']);
      watch.stop();
    });

    it('another setting changing reads nothing again', async () => {
      portal = await serveSettingsPortal(2);
      let reads = 0;
      if (!session) throw new Error('no session');
      const source = createGnomeDndSource(session);
      const counted = { ...source, read: () => ((reads += 1), source.read()) };
      const watch = await startFocusWatch([counted], () => undefined);
      portal.changeOther();
      portal.showBanners = true;
      await until(() => reads === 2);
      // Give a stray refresh from the other change time to show up.
      await new Promise((r) => setTimeout(r, 100));
      expect(reads).toBe(2);
      watch.stop();
    });

    it('no portal: the source does not answer, and the one connection is kept', async () => {
      const { seen, watch } = await watchDnd();
      expect(watch.working()).toEqual([]);
      expect(seen).toEqual(['none']);
      expect(session?.connectionsOpened).toBe(1);
      watch.stop();
    });
  },
);
