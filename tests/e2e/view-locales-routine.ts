import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isRated } from '../../src/core/rated-kinds';
import { EXERCISES, type Exercise } from '../../src/shared/exercises';
import type { BrowserHarness } from '../support/browser-harness';

const textLength = (e: Exercise) =>
  [e.name, ...e.steps, e.feel, ...e.stopIf, e.why, e.easier ?? '', e.harder ?? ''].join(' ').length;

/** The two-sided exercise with a rating and the most text: the card's hardest case. */
const EXERCISE = [...EXERCISES]
  .filter((e) => e.sides === 'both' && isRated(e))
  .sort((a, b) => textLength(b) - textLength(a))[0];

/**
 * The break window past its start card (view-locales.test): the hold card on the left
 * side with its effort rating, the rating answered, paused, the switch and the right
 * side, then the finish card. The same page is reloaded with Playwright's clock installed
 * and paused, so time moves only when told and a 30-second hold takes no real time. The
 * clock runs on at the end, so the page's next states work as before.
 */
export async function checkBreakRoutineStates<T>(
  harness: BrowserHarness,
  breakPage: Page,
  dir: 'ltr' | 'rtl',
  check: (state: string) => Promise<T>,
): Promise<T[]> {
  if (!EXERCISE) throw new Error('no two-sided rated exercise in the catalogue');
  const hold = EXERCISE.holdSeconds * 1000;
  const { controller } = harness.services;
  const getPrompt = controller.getPrompt;
  const open = controller.getPrompt();
  expect(open).not.toBeNull();
  controller.getPrompt = () =>
    open
      ? {
          ...open,
          exercises: [
            { exerciseId: EXERCISE.id, holdSeconds: [EXERCISE.holdSeconds, EXERCISE.holdSeconds] },
          ],
        }
      : null;
  const phase = () => breakPage.locator('main.break').getAttribute('data-phase');
  const results: T[] = [];
  try {
    if (!(await breakPage.evaluate(() => '__pwClock' in window))) await breakPage.clock.install();
    await breakPage.clock.pauseAt((await breakPage.evaluate(() => Date.now())) + 1000);
    await breakPage.reload();
    // Polled from here: the paused clock holds the page's animation frames, which an
    // in-page wait may poll on.
    await expect.poll(() => breakPage.evaluate(() => document.documentElement.dir)).toBe(dir);
    await breakPage.locator('button[data-primary]').waitFor();

    // Clicks, not keys: a focused rating button keeps Space and Enter for itself.
    const primary = breakPage.locator('button[data-primary]');
    const pause = breakPage.locator('.primary-row button[aria-keyshortcuts=Space]');
    await primary.click();
    await breakPage.clock.runFor(500);
    await expect.poll(phase).toBe('ready');
    await primary.click();
    await expect.poll(phase).toBe('hold');
    const rating = breakPage.locator('.effort');
    await rating.waitFor();
    results.push(await check('hold-left'));

    // "Too much": main's answer and the easier variant, in the rating's status line.
    await rating.locator('button').first().click();
    await expect.poll(() => rating.getByRole('status').textContent()).not.toBe('');
    results.push(await check('effort-answered'));

    await pause.click();
    await breakPage.locator('.hold[data-paused]').waitFor();
    results.push(await check('paused'));
    await pause.click();

    await primary.click();
    await expect.poll(phase).toBe('switch');
    results.push(await check('switch'));
    await primary.click();
    await expect.poll(phase).toBe('hold');
    results.push(await check('hold-right'));

    await breakPage.clock.runFor(hold);
    await expect.poll(phase).toBe('finish');
    results.push(await check('finish'));
  } finally {
    controller.getPrompt = getPrompt;
    // Back to the start card of the break main holds open, on a clock that runs.
    await breakPage.clock.resume();
    await breakPage.reload();
  }
  return results;
}
