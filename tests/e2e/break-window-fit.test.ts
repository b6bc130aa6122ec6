import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlannedExercise } from '../../src/shared/domain';
import { EXERCISES, type Exercise } from '../../src/shared/exercises';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerFile } from '../support/temp-dir';
import { heading, openBreak, status, withRealTimeouts } from './break-window-support';
import {
  applyVariant,
  fitScreenshot,
  FIT_VARIANTS,
  seriousAxeViolations,
  variantName,
  useSharedBrowser,
} from './fit-variants';
import { findLegendCollisions } from './settings-window-support';
import { findFitProblems, windowSizes } from './window-fit-support';

const chromium = findChromium();
const tempDir = tempDirPerFile();
announceSkip('browser end-to-end', chromium.skip);

const textLength = (e: Exercise) =>
  [e.name, ...e.steps, e.feel, ...e.stopIf, e.why].join(' ').length;
/** The two-sided exercise with the most text, then the longest one-sided one. */
const [longest, longestOneSided] = [
  EXERCISES.filter((e) => e.sides === 'both'),
  EXERCISES.filter((e) => e.sides === 'one'),
].map((list) => [...list].sort((a, b) => textLength(b) - textLength(a))[0]);
const longestMovement = EXERCISES.filter((e) => e.kind === 'movement').sort(
  (a, b) => textLength(b) - textLength(a),
)[0];
const plan = (e: Exercise | undefined): PlannedExercise => ({
  exerciseId: e?.id ?? '',
  holdSeconds: e?.sides === 'both' ? [e.holdSeconds, e.holdSeconds] : [e?.holdSeconds ?? 30],
});

type Essentials = Parameters<typeof findFitProblems>[1];

describe.skipIf(chromium.skip !== null)(
  `break window at its real and minimum size${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    const openHarness = useSharedBrowser(chromium.path ?? '');

    it.each(windowSizes('break'))(
      '$label $width×$height, light and dark, text 100% and 200%: every state shows its essentials',
      async ({ label, width, height }) => {
        // A harness (its own engine) per size, so each walks one whole break.
        const harness = await openHarness(tempDir());
        try {
          const { controller } = harness.services;
          controller.dispatch({ type: 'startBreakNow' });
          const open = controller.getPrompt();
          expect(open).not.toBeNull();
          // The longest texts in the catalogue, so every other exercise fits too.
          const exercises = [plan(longest), plan(longestOneSided)];
          controller.getPrompt = () => (open ? { ...open, exercises } : null);
          const page = await openBreak(harness, { width, height });
          await expect.poll(() => heading(page)).toMatch(/^Time for/);
          // Every variant of a state in place: the page's clock is paused meanwhile.
          const check = async (state: string, essentials: Essentials) => {
            for (const variant of FIT_VARIANTS) {
              await applyVariant(page, variant);
              const name = `break-${state}-${label}-${width}x${height}-${variantName(variant)}`;
              await checkState(page, name, essentials);
              if (variant.colorScheme === 'dark' && 'drawing' in essentials) {
                // The drawing follows the theme: no bright card in a dark window.
                expect(await drawingLightness(page), name).toBeLessThan(0.3);
              }
            }
            await applyVariant(page, { colorScheme: 'light', zoom: 100 });
          };

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
          await check('one-sided', hold);
          await page.clock.runFor((longestOneSided?.holdSeconds ?? 30) * 1000);
          await expect.poll(() => heading(page)).toBe('Well done');
          await check('finish', { heading: h1, 'primary action': primary });
        } finally {
          await harness.close();
        }
      },
      // Eight states in three variants, each with a screenshot and an axe run.
      180_000,
    );

    it.each(windowSizes('break'))(
      '$label $width×$height: a movement break, and a break skipped, show their essentials',
      async ({ label, width, height }) => {
        const harness = await openHarness(tempDir());
        try {
          const { controller } = harness.services;
          controller.dispatch({ type: 'startBreakNow' });
          const open = controller.getPrompt();
          expect(open).not.toBeNull();
          // A movement break with the movement that has the most text.
          const exercises = [plan(longestMovement)];
          controller.getPrompt = () =>
            open ? { ...open, kind: 'movement' as const, exercises } : null;
          const page = await openBreak(harness, { width, height });
          await expect.poll(() => heading(page)).toMatch(/^Time for/);
          const check = async (state: string, essentials: Essentials) => {
            for (const variant of FIT_VARIANTS) {
              await applyVariant(page, variant);
              const name = `break-${state}-${label}-${width}x${height}-${variantName(variant)}`;
              await checkState(page, name, essentials);
            }
            await applyVariant(page, { colorScheme: 'light', zoom: 100 });
          };
          const primary = page.locator('button[data-primary]');
          const h1 = page.getByRole('heading', { level: 1 });
          await page.keyboard.press('Enter');
          await page.clock.runFor(500);
          await expect.poll(() => heading(page)).toBe(longestMovement?.name);
          const card = {
            heading: h1,
            drawing: page.locator('.drawing-slot'),
            timer: page.getByRole('timer', { name: 'Time left' }),
            'primary action': primary,
          };
          await check('movement-ready', card);
          await page.clock.runFor(10_000);
          await check('movement-hold', card);
          await page.getByRole('button', { name: 'Skip this exercise' }).click();
          await expect.poll(() => heading(page)).toBe('Maybe next time');
          await check('finish-skipped', { heading: h1, 'primary action': primary });
        } finally {
          await harness.close();
        }
      },
      120_000,
    );
  },
);

async function checkState(page: Page, name: string, essentials: Essentials): Promise<void> {
  await fitScreenshot(page, name);
  expect(await findFitProblems(page, essentials), name).toEqual([]);
  expect(await findLegendCollisions(page), name).toEqual([]);
  // axe waits on timers: it runs on the page's real ones while the app's clock stays paused.
  expect(await withRealTimeouts(page, () => seriousAxeViolations(page)), name).toEqual([]);
}

/** The drawing card's background lightness, 0 (black) to 1 (white). */
async function drawingLightness(page: Page): Promise<number> {
  const colour = await page
    .locator('.drawing-slot .figure')
    .first()
    .evaluate((figure) => getComputedStyle(figure).backgroundColor);
  const [r = 255, g = 255, b = 255] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (Math.max(r, g, b) + Math.min(r, g, b)) / 2 / 255;
}
