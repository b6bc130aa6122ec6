import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySafetyAnswers } from '../../src/core/safety-check';
import type { PseudoLocale } from '../../src/shared/i18n/locales';
import { SAFETY_QUESTIONS } from '../../src/shared/safety';
import { WINDOW_SIZES } from '../../src/shared/window-sizes';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { findUntranslated, sideListEdge } from './settings-locales-support';
import { findOverflow } from './view-locales-support';

const chromium = findChromium();
announceSkip('browser end-to-end', chromium.skip);

const ALL_NO = Object.fromEntries(SAFETY_QUESTIONS.map((question) => [question.id, false]));

const CASES: { locale: PseudoLocale; dir: 'ltr' | 'rtl'; sideList: 'left' | 'right' }[] = [
  { locale: 'en-XA', dir: 'ltr', sideList: 'left' },
  { locale: 'ar-XB', dir: 'rtl', sideList: 'right' },
];

/**
 * Issue 18 §5 for the settings window: every page in the accented, longer pseudo-locale
 * and in the right-to-left one, at the window's real size. One browser for the file.
 */
describe.skipIf(chromium.skip !== null)(
  `settings window in the pseudo-locales${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    // One browser and one data folder for both locales (CI time).
    let harness: BrowserHarness;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'unknot-locales-'));
      harness = await createBrowserHarness({ chromiumPath: chromium.path ?? '', dataDir });
    });
    afterAll(async () => {
      await harness.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it.each(CASES)(
      '$locale: every page translated, nothing sideways out of the window, $dir layout',
      async ({ locale, dir, sideList }) => {
        const { settingsStore } = harness.services;
        // Safety answered, so the page shows its own controls rather than the check.
        const answered = applySafetyAnswers(settingsStore.settings, ALL_NO, Date.now(), []);
        settingsStore.save({ ...answered, language: locale });
        const { width, height } = WINDOW_SIZES.settings;
        const page = await harness.openWindow('settings', { width, height });
        await page.locator('h1').waitFor();
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
        const ids = await page
          .locator('nav a')
          .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').slice(1)));
        expect(ids.length).toBeGreaterThan(5);
        const problems: string[] = [];
        for (const id of ids) {
          await page.locator(`nav a[href="#${id}"]`).click();
          await page.locator(`section#${id} h2`).waitFor();
          if (id === 'breaks') {
            // One value refused, so a field's error and the "Not saved" line are read too.
            await page.locator('section#breaks input[type="number"]').first().fill('5');
            await page.locator('section#breaks .field-error').waitFor();
          }
          await harness.screenshot(page, `settings-${id}-${locale}`);
          for (const text of await findUntranslated(page)) {
            problems.push(`${id}: ${text}`);
          }
          for (const wide of await findOverflow(page)) problems.push(`${id}: ${wide}`);
          if ((await sideListEdge(page)) !== sideList)
            problems.push(`${id}: side list not on the ${sideList}`);
        }
        expect(problems).toEqual([]);
        await page.close();
      },
      60_000,
    );
  },
);
