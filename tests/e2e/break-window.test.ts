import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { monthKey } from '../../src/main/platform/log-store';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import {
  expectAccessible,
  heading,
  openBreak,
  status,
  switchAnimation,
  timer,
  writeSettings,
} from './break-window-support';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { parseJournal } from '../../src/core/journal-format';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

describe.skipIf(chromium.skip !== null)(
  `break window in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    it('opens after the sitting interval; a keyboard-only routine is written through main into the store', async () => {
      const dataDir = tempDir();
      writeSettings(dataDir);
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir,
        postureEverySeconds: 20,
      });
      const { services, shell } = harness;
      await services.controller.start();
      await shell.advance(20_000);
      expect(shell.calls.openBreakWindow).toHaveLength(1);
      const prompt = shell.calls.openBreakWindow[0];
      expect(prompt?.exercises).toEqual([
        { exerciseId: 'seated-thoracic-rotation', holdSeconds: [30, 30] },
        { exerciseId: 'hands-behind-back-chest-opener', holdSeconds: [30] },
      ]);

      const page = await openBreak(harness);
      const { keyboard, clock } = page;
      await expect.poll(() => heading(page)).toBe('Time for 1 min 30 s of care');
      await expectAccessible(page, 'start');
      // Start has focus, and keyboard focus is visible: a 3 px outline, here and after Tab.
      const focusRing = () =>
        page.evaluate(() => {
          const focused = document.activeElement;
          const style = focused ? getComputedStyle(focused) : null;
          return `${focused?.textContent ?? ''} ${style?.outlineStyle} ${style?.outlineWidth}`;
        });
      expect(await focusRing()).toBe('Start Enter solid 3px');
      // Then the box of what's coming, with the safety note (it scrolls in a small window).
      await keyboard.press('Tab');
      expect(await focusRing()).toMatch(/^What’s coming.* solid 3px$/);
      await keyboard.press('Shift+Tab');

      // Esc with no snoozes left does nothing: no accidental end of the break.
      if (prompt?.snoozesLeft === 0) {
        await keyboard.press('Escape');
        expect(await heading(page)).toBe('Time for 1 min 30 s of care');
        expect(shell.calls.closeBreakWindow).toHaveLength(0);
      }

      await keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe('Seated upper-back rotation');
      expect(await status(page)).toBe('Get into position');
      await clock.runFor(5_000);
      await expect.poll(() => status(page)).toMatch(/^Left side: hold the /);
      await expectAccessible(page, 'holding');

      await clock.runFor(8_000);
      expect(await timer(page)).toBe('0:22');
      await keyboard.press('Space');
      await expect.poll(() => status(page)).toBe('Paused');
      await clock.runFor(60_000);
      expect(await timer(page)).toBe('0:22');
      await expectAccessible(page, 'paused');
      await keyboard.press('Space');
      await clock.runFor(22_000);
      await expect.poll(() => status(page)).toBe('Switch sides');
      await expectAccessible(page, 'switch sides');
      await clock.runFor(5_000);
      await expect.poll(() => status(page)).toMatch(/^Right side: hold the /);
      await clock.runFor(30_000);

      await expect.poll(() => heading(page)).toBe('Hands-behind-back chest opener');
      await clock.runFor(5_000 + 20_000);
      expect(await timer(page)).toBe('0:10');
      // Enter moves on, keeping the 20 s held (more than the 15 s minimum of a stretch).
      await keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe('Well done');
      // Main supplies today's logged care (none yet), so the card counts the day.
      expect(await page.getByText('of care today').textContent()).toBe('1 min 20 s of care today');
      await expectAccessible(page, 'finish');

      await keyboard.press('Enter');
      await expect.poll(() => shell.calls.closeBreakWindow.length).toBe(1);
      const file = join(dataDir, 'history', `adherence-${monthKey(prompt?.openedAt ?? 0)}.jsonl`);
      expect(existsSync(file)).toBe(true);
      const stored = parseJournal(readFileSync(file, 'utf8')).changes.flatMap((line) =>
        line.event ? [line.event] : [],
      );
      expect(stored).toEqual([
        expect.objectContaining({
          kind: 'posture',
          outcome: 'completed',
          boutSeconds: 20,
          exercises: [
            { exerciseId: 'seated-thoracic-rotation', heldSeconds: [30, 30] },
            { exerciseId: 'hands-behind-back-chest-opener', heldSeconds: [20] },
          ],
        }),
      ]);
      expect(services.controller.getStatus().phase).toBe('away');
    });

    it('Esc snoozes the break, and the log says snoozed', async () => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
      });
      harness.services.controller.dispatch({ type: 'startBreakNow' });
      const prompt = harness.services.controller.getPrompt();
      const page = await openBreak(harness);
      await expect.poll(() => heading(page)).toMatch(/^Time for/);
      const snooze = page.getByRole('button', { name: 'Snooze' });
      // The default settings allow two snoozes in a row; a prompt without any is covered
      // by the component tests (the button is disabled and says why).
      expect(prompt?.snoozesLeft).toBeGreaterThan(0);
      expect(await snooze.getAttribute('aria-disabled')).not.toBe('true');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await expect.poll(() => harness?.shell.calls.closeBreakWindow.length).toBe(1);
      expect(await page.getByRole('status').last().textContent()).toBe(
        'Snoozed. See you in a few minutes.',
      );
      // The engine decides what a snooze logs; whatever it logged says snoozed.
      const logged = harness.services.logStore.readRange(0, Date.UTC(2100, 0, 1));
      expect(logged.map((event) => event.outcome).filter((o) => o !== 'snoozed')).toEqual([]);
    });

    it.each([
      [800, 600, 'light'],
      [800, 600, 'dark'],
      [1280, 800, 'light'],
      [1280, 800, 'dark'],
    ] as const)(
      'looks right at %ix%i, %s: start, hold and finish cards',
      async (width, height, colorScheme) => {
        const dataDir = tempDir();
        writeSettings(dataDir);
        harness = await createBrowserHarness({ chromiumPath: chromium.path ?? '', dataDir });
        harness.services.controller.dispatch({ type: 'startBreakNow' });
        const page = await openBreak(harness, { width, height, colorScheme });
        const name = (state: string) => `break-${state}-${width}x${height}-${colorScheme}`;
        // Every card fits the window: nothing to scroll at these sizes.
        const overflow = () =>
          page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
        await expect.poll(() => heading(page)).toMatch(/^Time for/);
        await harness.screenshot(page, name('start'));
        await expectAccessible(page, `start ${colorScheme}`);
        await page.keyboard.press('Enter');
        await page.clock.runFor(5_000 + 12_000);
        await expect.poll(() => status(page)).toMatch(/^Left side: hold the /);
        await expect
          .poll(() => page.locator('svg.figure [data-pose] path.fig-fill').count())
          .toBeGreaterThan(0);
        await harness.screenshot(page, name('hold'));
        expect(await overflow()).toBeLessThanOrEqual(0);
        await expectAccessible(page, `hold ${colorScheme}`);
        await page.clock.runFor(18_000);
        await expect.poll(() => status(page)).toBe('Switch sides');
        expect(await switchAnimation(page)).toBe('pulse');
        await expectAccessible(page, `switch ${colorScheme}`);
        await page.clock.runFor(5_000 + 30_000 + 5_000 + 30_000);
        await expect.poll(() => heading(page)).toBe('Well done');
        await harness.screenshot(page, name('finish'));
        await expectAccessible(page, `finish ${colorScheme}`);
        expect(await overflow()).toBeLessThanOrEqual(0);
      },
    );

    it('respects prefers-reduced-motion: the switch cue does not pulse', async () => {
      const dataDir = tempDir();
      writeSettings(dataDir);
      harness = await createBrowserHarness({ chromiumPath: chromium.path ?? '', dataDir });
      harness.services.controller.dispatch({ type: 'startBreakNow' });
      const page = await openBreak(harness, { reducedMotion: 'reduce' });
      await expect.poll(() => heading(page)).toMatch(/^Time for/);
      await page.keyboard.press('Enter');
      await page.clock.runFor(5_000 + 30_000);
      await expect.poll(() => status(page)).toBe('Switch sides');
      expect(await switchAnimation(page)).toBe('none');
    });

    it('follows the theme setting over the OS scheme, and changes with it', async () => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
      });
      const { services } = harness;
      services.settingsStore.save({ ...services.settingsStore.settings, theme: 'dark' });
      services.controller.dispatch({ type: 'startBreakNow' });
      const page = await openBreak(harness, { colorScheme: 'light' });
      const background = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await expect.poll(background).toBe('rgb(23, 28, 27)');
      services.settingsStore.save({ ...services.settingsStore.settings, theme: 'light' });
      await expect.poll(background).toBe('rgb(247, 245, 240)');
    });

    it('refuses a malformed result from the page and stores nothing', async () => {
      const dataDir = tempDir();
      harness = await createBrowserHarness({ chromiumPath: chromium.path ?? '', dataDir });
      harness.services.controller.dispatch({ type: 'startBreakNow' });
      const page = await harness.openWindow('break');
      const message = await page.evaluate(() =>
        window.unknot
          .finishBreak({ promptId: 'x', outcome: 'done' as 'completed', exercises: [] })
          .then(
            () => 'accepted',
            (error: unknown) => String(error),
          ),
      );
      expect(message).toContain('Invalid request for "finishBreak"');
      expect(harness.services.controller.getStatus().phase).toBe('inBreak');
      expect(existsSync(join(dataDir, 'history'))).toBe(false);
    });
  },
);
