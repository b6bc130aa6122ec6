import { afterEach, describe, expect, it } from 'vitest';
import { planRoutine } from '../../src/core/routine';
import { EXERCISES } from '../../src/shared/exercises';
import { SAFETY_QUESTIONS } from '../../src/shared/safety';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { describeFocus, seriousViolations, tabTo } from '../support/keyboard-and-axe';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

const PRESSURE_IDS = EXERCISES.filter((e) => e.kind === 'pressure').map((e) => e.id);

/** Every exercise the routine builder would offer, over a spread of budgets and days. */
function offered(settings: Parameters<typeof planRoutine>[0]['settings']): string[] {
  const ids = new Set<string>();
  for (const budgetSeconds of [30, 60, 90, 180, 300]) {
    for (let day = 0; day < 7; day += 1) {
      for (const kind of ['posture', 'movement'] as const) {
        const now = Date.UTC(2026, 10, 23 + day, 10);
        planRoutine({ kind, budgetSeconds, settings, recent: [], now, timeZone: 'UTC' }).forEach(
          (planned) => ids.add(planned.exerciseId),
        );
      }
    }
  }
  return [...ids];
}

describe.skipIf(chromium.skip !== null)(
  `onboarding window in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    it('driven by keyboard alone: a "yes" in the safety check turns pressure exercises off', async () => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
      });
      const { services } = harness;
      expect(services.needsOnboarding()).toBe(true);
      // Fail closed: no pressure exercise before the safety questions are answered.
      expect(offered(services.settingsStore.settings).some((id) => PRESSURE_IDS.includes(id))).toBe(
        false,
      );

      const page = await harness.openWindow('onboarding', { width: 720, height: 760 });
      const heading = () => page.getByRole('heading', { level: 1 }).textContent();
      const step = async (title: string, name: string) => {
        await expect.poll(heading).toBe(title);
        // Each step starts with focus on its heading.
        expect(await describeFocus(page)).toBe(`h1:${title}`);
        expect(await seriousViolations(page)).toEqual([]);
        await harness?.screenshot(page, `onboarding-${name}`);
      };
      const next = async (label = 'Next') => {
        await tabTo(page, `button:${label}`);
        await page.keyboard.press('Enter');
      };

      await step('Short breaks, often', '1-sitting');
      await next();
      await step('A minute or two of care', '2-routine');
      await next();
      await step('Regular beats intense', '3-habit');
      await next();
      await step('What do you have?', '4-equipment');
      await tabTo(page, 'checkbox:A sturdy chair');
      await page.keyboard.press('Space');
      await next();
      await step('A short safety check', '5-safety');
      for (const question of SAFETY_QUESTIONS) {
        // Tab enters the group on "No"; the arrow key moves to "Yes" and selects it.
        await tabTo(page, `radio:${question.id}:No`);
        await page.keyboard.press(question.id === 'anticoagulants' ? 'ArrowRight' : 'Space');
      }
      await harness.screenshot(page, 'onboarding-5-safety-answered');
      await next();
      await step('When to see a professional', '6-red-flags');
      const notice = await page.getByRole('status').textContent();
      expect(notice).toContain('You answered yes to: blood thinners or a bleeding disorder.');
      expect(notice).toContain('turn them back on in Settings');
      expect(await page.getByRole('heading', { name: 'Call an ambulance now' }).count()).toBe(1);
      await next('Finish');
      await expect.poll(heading).toBe('You are all set');
      await harness.screenshot(page, 'onboarding-7-done');

      const settings = services.settingsStore.settings;
      expect(settings.safety).toMatchObject({
        pressureAllowed: false,
        contraindications: ['anticoagulants'],
        clearedByProfessionalAt: null,
        answeredAt: harness.shell.ports.now().wall,
      });
      expect(settings.equipment).toEqual({
        ball: true,
        wall: true,
        doorway: true,
        chair: false,
        band: false,
        foamRoller: false,
      });
      expect(settings.onboarding).toEqual({
        completedAt: harness.shell.ports.now().wall,
        skipped: false,
      });
      expect(services.needsOnboarding()).toBe(false);
      const nowOffered = offered(settings);
      expect(nowOffered.length).toBeGreaterThan(0);
      expect(nowOffered.filter((id) => PRESSURE_IDS.includes(id))).toEqual([]);
      // The running engine got the change too: a break now holds no pressure exercise.
      services.controller.dispatch({ type: 'startBreakNow' });
      const prompt = services.controller.getPrompt();
      expect(
        prompt?.exercises.map((e) => e.exerciseId).filter((id) => PRESSURE_IDS.includes(id)),
      ).toEqual([]);
    });

    it('can be skipped from the first screen, and is not needed again', async () => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
      });
      const page = await harness.openWindow('onboarding');
      await page.getByRole('button', { name: 'Skip for now' }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Maybe later');
      expect(harness.services.settingsStore.settings.onboarding.skipped).toBe(true);
      // Skipped before answering: pressure stays off until the questions are answered.
      expect(harness.services.settingsStore.settings.safety.pressureAllowed).toBe(false);
      expect(harness.services.needsOnboarding()).toBe(false);
    });
  },
);
