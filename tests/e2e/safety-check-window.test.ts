import { afterEach, describe, expect, it } from 'vitest';
import { findExercise } from '../../src/shared/exercises';
import { SAFETY_QUESTIONS } from '../../src/shared/safety';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { describeFocus } from '../support/keyboard-and-axe';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { expectAccessible, heading, openBreak } from './break-window-support';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

/** Counts the keys a person presses, so "under a minute by keyboard" is a number. */
function countingKeys(page: Awaited<ReturnType<typeof openBreak>>) {
  let presses = 0;
  const trail: string[] = [];
  return {
    trail,
    press: async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    },
    /** Tab until `target` has focus, counting every press. */
    tabTo: async (target: string) => {
      for (let tries = 0; tries < 20; tries += 1) {
        presses += 1;
        await page.keyboard.press('Tab');
        const focus = await describeFocus(page);
        trail.push(focus);
        if (focus === target) return;
      }
      throw new Error(`"${target}" not reached by Tab`);
    },
    get presses() {
      return presses;
    },
  };
}

describe.skipIf(chromium.skip !== null)(
  `the break's inline safety check in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    const freshBreak = async () => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
        postureEverySeconds: 20,
      });
      await harness.services.controller.start();
      await harness.shell.advance(20_000);
      const prompt = harness.shell.calls.openBreakWindow[0];
      const kinds = prompt?.exercises.map((plan) => findExercise(plan.exerciseId)?.kind);
      // A fresh install: the first break holds no pressure exercise.
      expect(kinds).not.toContain('pressure');
      const page = await openBreak(harness);
      await expect.poll(() => heading(page)).toMatch(/^Time for/);
      // The safety note reads the settings after the card: wait for its offer.
      await page.getByRole('button', { name: /Answer the safety questions/ }).waitFor();
      return { page, services: harness.services };
    };

    it('"none of these apply" by keyboard: Tab, Tab, Enter, Tab, Enter', async () => {
      const { page, services } = await freshBreak();
      expect(await describeFocus(page)).toBe('button:Start Enter');
      // First the scrolling box of what's coming (reachable so a small window can scroll it).
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toMatch(/^div:What’s coming/);
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe('button:Answer the safety questions (under a minute)');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe('button:None of these apply to me');
      await expectAccessible(page, 'inline safety check');
      await harness?.screenshot(page, 'break-inline-safety-check');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('Pressure exercises can be part of your next breaks.');
      expect(services.settingsStore.settings.safety).toMatchObject({
        pressureAllowed: true,
        answeredAt: harness?.shell.ports.now().wall,
      });
      // Still on the start card: Enter on the body starts the break as before.
      expect(await heading(page)).toMatch(/^Time for/);
    });

    it('each question by keyboard when something applies: one "yes" keeps pressure off', async () => {
      const { page, services } = await freshBreak();
      const keys = countingKeys(page);
      await keys.tabTo('button:Answer the safety questions (under a minute)');
      await keys.press('Enter');
      await keys.tabTo('button:One or more apply');
      await keys.press('Enter');
      // Focus is on the first question's "No"; Space answers it, Tab goes to the next.
      expect(await describeFocus(page)).toBe(`radio:${SAFETY_QUESTIONS[0]?.id}:No`);
      for (const [index, question] of SAFETY_QUESTIONS.entries()) {
        if (index > 0) await keys.press('Tab');
        expect(await describeFocus(page)).toBe(`radio:${question.id}:No`);
        await keys.press(question.id === 'heart' ? 'ArrowRight' : 'Space');
      }
      await keys.tabTo('button:Save my answers');
      await keys.press('Enter');
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('Pressure exercises are off because of a heart condition.');
      expect(services.settingsStore.settings.safety).toMatchObject({
        pressureAllowed: false,
        contraindications: ['heart'],
      });
      // About two keys a question (and one for the box of what's coming): well under a
      // minute for anyone used to a keyboard.
      expect(keys.presses, keys.trail.join(' → ')).toBeLessThanOrEqual(
        2 * SAFETY_QUESTIONS.length + 7,
      );
    });
  },
);
