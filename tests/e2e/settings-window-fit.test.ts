import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerFile } from '../support/temp-dir';
import {
  applyVariant,
  fitScreenshot,
  FIT_VARIANTS,
  seriousAxeViolations,
  variantName,
  type FitVariant,
} from './fit-variants';
import { findLegendCollisions, settingsPageIds } from './settings-window-support';
import { findFitProblems, windowSizes } from './window-fit-support';

const chromium = findChromium();
const tempDir = tempDirPerFile();
announceSkip('browser end-to-end', chromium.skip);

const TEXT_FIRST = new Set(['safety', 'programme', 'tension', 'data']);

/** One settings page in one variant: heading, current link and first field in view, axe. */
async function checkPage(page: Page, id: string, label: string, variant: FitVariant, name: string) {
  const section = page.locator(`section#${id}`);
  await fitScreenshot(page, name);
  const essentials = {
    'page heading': section.getByRole('heading', { level: 2 }),
    'current page link': page.locator('nav a[aria-current="page"]'),
    // Safety, Tension and Your data open with the text their first controls act on
    // (the conditions, the 0 to 10 scale, the data folder): in the smallest window or
    // at 200% text that fills the view below the heading.
    ...(TEXT_FIRST.has(id) && (variant.zoom === 200 || label === 'min')
      ? {}
      : { 'first field': section.locator('input, select, textarea, button').first() }),
  };
  expect(await findFitProblems(page, essentials), name).toEqual([]);
  expect(await findLegendCollisions(page), name).toEqual([]);
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

describe.skipIf(chromium.skip !== null)(
  `settings window at its real and minimum size${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    // One browser and one settings file for the whole file: the checks only read.
    let harness: BrowserHarness | null = null;
    beforeAll(async () => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
      });
    });
    afterAll(async () => {
      await harness?.close();
    });

    it.each(windowSizes('settings'))(
      '$label $width×$height, light and dark, text 100% and 200%: every page shows its heading and first field',
      async ({ label, width, height }) => {
        if (!harness) throw new Error('no browser harness');
        const page = await harness.openWindow('settings', { width, height });
        await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
        const ids = await settingsPageIds(page);
        expect(ids.length).toBeGreaterThan(5);
        // Variant first, then every page, so each page is reached as a person would in it
        // (the side list scrolls the current link into view when the page changes).
        for (const variant of FIT_VARIANTS) {
          await applyVariant(page, variant);
          for (const id of ids) {
            await page.locator(`nav a[href="#${id}"]`).click();
            await page.locator(`section#${id}`).waitFor();
            const name = `settings-${id}-${label}-${width}x${height}-${variantName(variant)}`;
            await checkPage(page, id, label, variant, name);
          }
        }
        await page.close();
      },
      // Eleven pages in up to three variants, each with a screenshot and an axe run.
      300_000,
    );
  },
);
