import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogStore } from '../../src/main/platform/log-store';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium, launchChromium } from '../support/chromium';
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
import { NOW, ZONE, local, seedStore, seedTension } from './summary-window-support';
import { findLegendCollisions } from './settings-window-support';
import { findFitProblems, windowSizes } from './window-fit-support';

const chromium = findChromium();
const tempDir = tempDirPerFile();
announceSkip('browser end-to-end', chromium.skip);

/** A year of breaks before the seeded weeks (a long history), and the tension check-ins. */
function seedLongHistory(dataDir: string): void {
  seedTension(dataDir);
  const log = openLogStore(dataDir, { timeZone: ZONE });
  for (let day = 0; day < 300; day += 1) {
    const at = local(10, 1, 10) - (day + 1) * 86_400_000;
    log.append({
      id: `long-${day}`,
      at,
      kind: day % 5 === 0 ? 'movement' : 'posture',
      outcome: day % 4 === 0 ? 'skipped' : 'completed',
      exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
      boutSeconds: 1800,
    });
  }
}

/** The logs a summary can open on; the export states are states of the normal week. */
type Log = 'first-week' | 'normal-week' | 'long-history';
const LOGS: Log[] = ['first-week', 'normal-week', 'long-history'];
const CASES = LOGS.flatMap((log) => windowSizes('summary').map((size) => ({ ...size, log })));
// Export states change only the status line: checked in light mode, at 100% and 200%.
const EXPORT_VARIANTS: FitVariant[] = [
  { colorScheme: 'light', zoom: 100 },
  { colorScheme: 'light', zoom: 200 },
];

describe.skipIf(chromium.skip !== null)(
  `summary window at its real and minimum size${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    // One browser for the file; one harness (its own log on disk) per log, all in it.
    let browser: Browser | null = null;
    const harnesses = new Map<Log, BrowserHarness>();
    let exportFolder = '';
    /** How the save dialog answers the next export; the test sets it before each click. */
    let answerExport: () => Promise<string | null> = () => Promise.resolve(null);
    beforeAll(async () => {
      browser = await launchChromium(chromium.path ?? '');
      for (const log of LOGS) {
        const dataDir = tempDir();
        if (log === 'long-history') seedLongHistory(dataDir);
        else if (log === 'normal-week') seedStore(dataDir);
        if (log === 'normal-week') exportFolder = dataDir;
        const harness = await createBrowserHarness({
          chromiumPath: chromium.path ?? '',
          dataDir,
          timeZone: ZONE,
          wall0: NOW,
          browser,
          chooseExportPath: () => answerExport(),
        });
        harnesses.set(log, harness);
      }
    });
    afterAll(async () => {
      for (const harness of harnesses.values()) await harness.close();
      await browser?.close();
    });

    it.each(CASES)(
      '$log at $label $width×$height, light and dark, text 100% and 200%: fits and passes axe',
      async ({ log, label, width, height }) => {
        const harness = harnesses.get(log);
        if (!harness) throw new Error(`no harness for ${log}`);
        const page = await harness.openWindow('summary', { width, height });
        await page.locator('.headline').waitFor();
        const check = (state: string, variant: FitVariant) =>
          checkState(page, `summary-${state}-${label}-${width}x${height}-${variantName(variant)}`, {
            state,
            real: label === 'real',
          });
        for (const variant of FIT_VARIANTS) {
          await applyVariant(page, variant);
          await check(log, variant);
        }
        if (log !== 'normal-week') return page.close();

        // The export failed: a folder that does not exist.
        answerExport = () => Promise.resolve(join(exportFolder, 'no-such-folder', 'export.csv'));
        const exportButton = page.getByRole('button', { name: 'Export CSV' });
        const exportStatus = () => page.getByRole('status').last().textContent();
        await exportButton.click();
        await expect.poll(exportStatus).toMatch(/^The export failed: /);
        for (const variant of EXPORT_VARIANTS) {
          await applyVariant(page, variant);
          await check('export-failed', variant);
        }
        // The export waiting on the save dialog, which is held open until released.
        let release: (path: string | null) => void = () => undefined;
        answerExport = () => new Promise((resolve) => (release = resolve));
        await exportButton.click();
        await expect.poll(() => exportButton.isDisabled()).toBe(true);
        await expect.poll(exportStatus).toBe('Exporting…');
        for (const variant of EXPORT_VARIANTS) {
          await applyVariant(page, variant);
          await check('export-waiting', variant);
        }
        release(null);
        await expect.poll(() => exportButton.isDisabled()).toBe(false);
        await page.close();
      },
      // Up to seven states, each with a screenshot and an axe run, on a shared machine.
      120_000,
    );
  },
);

async function checkState(
  page: Page,
  name: string,
  { state, real }: { state: string; real: boolean },
): Promise<void> {
  const headline = page.locator('.headline');
  const essentials: Parameters<typeof findFitProblems>[1] = { headline };
  if (state === 'first-week') {
    expect(await headline.textContent()).toBe('Your first week starts here.');
    if (real) {
      essentials['"Take a break now"'] = page.getByRole('button', { name: 'Take a break now' });
    }
  } else {
    // Even the smallest window at 200% text (15 rem square) shows the headline and all
    // four key figures on its first screen.
    essentials.figures = page.getByRole('region', { name: 'The week at a glance' });
    // The wide table scrolls in its own labelled box, and says so where it is cut.
    const table = page.getByRole('region', { name: 'The week in numbers, scrolls sideways' });
    const overflows = await table.evaluate((box) => box.scrollWidth > box.clientWidth);
    if (overflows) await page.getByText('Scroll sideways for more columns').waitFor();
  }
  await fitScreenshot(page, name);
  expect(await findFitProblems(page, essentials), name).toEqual([]);
  expect(await findLegendCollisions(page), name).toEqual([]);
  expect(await seriousAxeViolations(page), name).toEqual([]);
}
