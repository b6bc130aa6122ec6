import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WindowKind } from '../../src/shared/domain';
import type { PseudoLocale } from '../../src/shared/i18n/locales';
import { SAFETY_QUESTIONS } from '../../src/shared/safety';
import { SETTINGS_SCHEMA_VERSION } from '../../src/shared/settings/migrations';
import { WINDOW_SIZES } from '../../src/shared/window-sizes';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { NOW, ZONE, seedTension } from './summary-window-support';
import { checkBreakRoutineStates } from './view-locales-routine';
import { checkBreakSafetyStates } from './view-locales-safety';
import {
  findOverflow,
  findUntranslated,
  getHeadingSide,
  waitForDirection,
} from './view-locales-support';

const chromium = findChromium();
announceSkip('browser end-to-end', chromium.skip);

/** The safety check answered "no" throughout, and the language under test. */
function writeSettings(dataDir: string, language: PseudoLocale): void {
  mkdirSync(dataDir, { recursive: true });
  const answers = Object.fromEntries(SAFETY_QUESTIONS.map((question) => [question.id, false]));
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings: { language, safety: { pressureAllowed: true, answers, answeredAt: 0 } },
    }),
  );
}

const LOCALES: { locale: PseudoLocale; dir: 'ltr' | 'rtl'; side: string }[] = [
  { locale: 'en-XA', dir: 'ltr', side: 'start-left' },
  { locale: 'ar-XB', dir: 'rtl', side: 'start-right' },
];

describe.skipIf(chromium.skip !== null)(
  `summary, onboarding, knot finder and break in the pseudo-locales${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness;
    const pages = new Map<WindowKind, Page>();
    // One data folder for the whole file: both locales use the same open windows.
    const dataDir = mkdtempSync(join(tmpdir(), 'unknot-locales-'));

    beforeAll(async () => {
      seedTension(dataDir);
      writeSettings(dataDir, 'en-XA');
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir,
        timeZone: ZONE,
        wall0: NOW,
      });
      harness.services.controller.dispatch({ type: 'startBreakNow' });
      for (const kind of ['summary', 'onboarding', 'knots', 'break'] as const) {
        const { width, height } = WINDOW_SIZES[kind];
        pages.set(kind, await harness.openWindow(kind, { width, height }));
      }
    });
    afterAll(async () => {
      await harness?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const page = (kind: WindowKind): Page => {
      const found = pages.get(kind);
      if (!found) throw new Error(`no ${kind} page`);
      return found;
    };

    /** Every check of one state, collected so one run reports them all. */
    async function check(kind: WindowKind, locale: string, state: string, side: string) {
      const shown = page(kind);
      await harness.screenshot(shown, `view-locales-${locale}-${kind}-${state}`);
      return {
        untranslated: await findUntranslated(shown),
        overflow: await findOverflow(shown),
        side: await getHeadingSide(shown),
        state: `${kind} ${state}`,
        expectedSide: side,
      };
    }

    for (const { locale, dir, side } of LOCALES) {
      it(`${locale}: no text outside the message layer, nothing overflows, ${dir} layout`, async () => {
        if (locale !== 'en-XA') {
          // A saved language reaches the open windows through main's broadcast.
          const { settingsStore } = harness.services;
          settingsStore.save({ ...settingsStore.settings, language: locale });
        }
        const results = [];

        const summary = page('summary');
        await waitForDirection(summary, dir);
        await summary.locator('.headline').waitFor();
        results.push(await check('summary', locale, 'week', side));
        // The check-in filled in (a rating, the emergency advice), then the week before.
        const checkIn = summary.locator('.tension');
        await checkIn.locator('.area-row input[type=checkbox]').first().check();
        await checkIn.locator('.emergency input[type=checkbox]').check();
        await checkIn.locator('[role=alert]').waitFor();
        results.push(await check('summary', locale, 'check-in', side));
        const headline = await summary.locator('.headline').textContent();
        await summary.locator('.week-previous').click();
        await expect.poll(() => summary.locator('.headline').textContent()).not.toBe(headline);
        results.push(await check('summary', locale, 'week-before', side));
        // Back as it was, for the next locale.
        await summary.locator('.week-next').click();
        await expect.poll(() => summary.locator('.headline').textContent()).toBe(headline);
        await checkIn
          .locator('input[type=checkbox]:checked')
          .evaluateAll((boxes) => boxes.forEach((box) => (box as HTMLInputElement).click()));

        const breakPage = page('break');
        await waitForDirection(breakPage, dir);
        results.push(await check('break', locale, 'routine', side));

        const onboarding = page('onboarding');
        await onboarding.reload();
        await waitForDirection(onboarding, dir);
        for (let step = 1; step <= 6; step += 1) {
          await onboarding
            .locator('.kicker')
            .getByText(new RegExp(`${step}.*6`))
            .waitFor();
          results.push(await check('onboarding', locale, `step-${step}`, side));
          if (step === 5) {
            for (const question of await onboarding.locator('.question').all()) {
              await question.locator('input[type=radio]').first().check();
            }
          }
          await onboarding.locator('.actions .primary').click();
        }
        await onboarding.locator('#done-title').waitFor();
        results.push(await check('onboarding', locale, 'done', side));

        const knots = page('knots');
        await knots.reload();
        await waitForDirection(knots, dir);
        results.push(await check('knots', locale, 'intro', side));
        await knots.locator('.knot-actions .primary').click();
        await knots.locator('.knot-spot').waitFor();
        results.push(await check('knots', locale, 'spot', side));

        results.push(
          ...(await checkBreakSafetyStates(
            harness,
            breakPage,
            (shown) => waitForDirection(shown, dir),
            (state) => check('break', locale, state, side),
          )),
        );
        results.push(
          ...(await checkBreakRoutineStates(harness, breakPage, dir, (state) =>
            check('break', locale, state, side),
          )),
        );

        const problems = results.flatMap((result) => [
          ...result.untranslated.map((text) => `${result.state}: not translated "${text}"`),
          ...result.overflow.map((what) => `${result.state}: ${what} overflows`),
          ...(result.side === result.expectedSide
            ? []
            : [`${result.state}: heading starts ${result.side}, not ${result.expectedSide}`]),
        ]);
        expect(problems).toEqual([]);
        // About 30 states, each a screenshot and three walks of the page: over 60 s when busy.
      }, 90_000);
    }
  },
);
