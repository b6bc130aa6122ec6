import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannedExercise } from '../../src/shared/domain';
import { EXERCISES, type Exercise } from '../../src/shared/exercises';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { findFitProblems, setTextZoom, windowSizes } from './window-fit-support';
import { expectAccessible, heading, openBreak, status } from './break-window-support';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

const textLength = (e: Exercise) =>
  [e.name, ...e.steps, e.feel, ...e.stopIf, e.why].join(' ').length;
/** The two-sided exercise with the most text, then the longest one-sided one. */
const [longest, longestOneSided] = [
  EXERCISES.filter((e) => e.sides === 'both'),
  EXERCISES.filter((e) => e.sides === 'one'),
].map((list) => [...list].sort((a, b) => textLength(b) - textLength(a))[0]);
const plan = (e: Exercise | undefined): PlannedExercise => ({
  exerciseId: e?.id ?? '',
  holdSeconds: e?.sides === 'both' ? [e.holdSeconds, e.holdSeconds] : [e?.holdSeconds ?? 30],
});

const CASES = windowSizes('break').flatMap((size) => [
  { ...size, colorScheme: 'light' as const, zoom: 100 },
  { ...size, colorScheme: 'dark' as const, zoom: 100 },
  { ...size, colorScheme: 'light' as const, zoom: 200 },
]);

describe.skipIf(chromium.skip !== null)(
  `break window at its real and minimum size${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    it.each(CASES)(
      '$label $width×$height, $colorScheme, text $zoom%: every state shows its essentials',
      async ({ label, width, height, colorScheme, zoom }) => {
        harness = await createBrowserHarness({
          chromiumPath: chromium.path ?? '',
          dataDir: tempDir(),
        });
        const { controller } = harness.services;
        controller.dispatch({ type: 'startBreakNow' });
        const open = controller.getPrompt();
        expect(open).not.toBeNull();
        // The longest texts in the catalogue, so every other exercise fits too.
        const exercises = [plan(longest), plan(longestOneSided)];
        controller.getPrompt = () => (open ? { ...open, exercises } : null);
        const page = await openBreak(harness, { width, height, colorScheme });
        await expect.poll(() => heading(page)).toMatch(/^Time for/);
        await setTextZoom(page, zoom);
        const check = (state: string, essentials: Parameters<typeof findFitProblems>[1]) =>
          checkState(
            harness,
            page,
            `break-${state}-${label}-${width}x${height}-${colorScheme}-${zoom}`,
            essentials,
          );

        const primary = page.locator('button[data-primary]');
        const h1 = page.getByRole('heading', { level: 1 });
        await check('start', { heading: h1, 'primary action': primary });
        await page.keyboard.press('Enter');
        const hold = {
          heading: h1,
          drawing: page.locator('.drawing-slot'),
          timer: page.getByRole('timer', { name: 'Time left' }),
          'primary action': primary,
        };
        // The page's clock is paused: let half a second pass so React renders the card.
        await page.clock.runFor(500);
        await expect.poll(() => status(page)).toBe('Get into position');
        await check('ready', hold);
        await page.clock.runFor(5_000);
        await expect.poll(() => status(page)).toMatch(/^Left side: hold the /);
        await check('hold', hold);
        await page.keyboard.press('Space');
        await expect.poll(() => status(page)).toBe('Paused');
        await check('paused', hold);
        await page.keyboard.press('Space');
        await page.clock.runFor((longest?.holdSeconds ?? 30) * 1000);
        await expect.poll(() => status(page)).toBe('Switch sides');
        await check('switch', hold);
        await page.clock.runFor(5_000 + (longest?.holdSeconds ?? 30) * 1000 + 5_000);
        await expect.poll(() => heading(page)).toBe(longestOneSided?.name);
        await page.clock.runFor((longestOneSided?.holdSeconds ?? 30) * 1000);
        await expect.poll(() => heading(page)).toBe('Well done');
        await check('finish', { heading: h1, 'primary action': primary });
      },
      // Seven states, each with a screenshot and an axe run, on a shared machine.
      180_000,
    );
  },
);

async function checkState(
  harness: BrowserHarness | null,
  page: Page,
  name: string,
  essentials: Parameters<typeof findFitProblems>[1],
): Promise<void> {
  await harness?.screenshot(page, name);
  expect(await findFitProblems(page, essentials), name).toEqual([]);
  await expectAccessible(page, name);
}
