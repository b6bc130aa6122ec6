import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WINDOW_SIZES } from '../../src/shared/window-sizes';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { seriousViolations } from '../support/keyboard-and-axe';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

const MARKUP_NAME = '<img src=x onerror=alert(1)>Physio shrugs';

describe.skipIf(chromium.skip !== null)(
  `My programme in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    it('imports a programme file at the real window size: text stays text, axe clean', async () => {
      const importPath = join(tempDir(), 'programme.json');
      writeFileSync(
        importPath,
        JSON.stringify({
          format: 'unknot-programme',
          version: 1,
          programme: { mode: 'fixed', exerciseIds: ['own-shrugs001', 'seated-cat-cow'] },
          ownExercises: [
            {
              id: 'own-shrugs001',
              name: MARKUP_NAME,
              steps: ['Lift both shoulders', 'Let them drop'],
              sides: 'one',
              kind: 'strength',
              area: 'shoulders',
              dose: { type: 'repetitions', count: 10 },
            },
          ],
        }),
      );
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
        programmeDialogs: {
          choosePicture: () => Promise.resolve(null),
          chooseImportPath: () => Promise.resolve(importPath),
          chooseExportPath: () => Promise.resolve(null),
        },
      });
      await harness.services.controller.start();
      const { width, height } = WINDOW_SIZES.settings;
      const page = await harness.openWindow('settings', { width, height, hash: 'programme' });
      const section = page.getByRole('region', { name: 'My programme' });
      await section.scrollIntoViewIfNeeded();
      await section.getByRole('button', { name: 'Import programme…' }).click();
      await section.getByText('Imported the programme and 1 own exercise.').waitFor();

      const { programme } = harness.services.settingsStore.settings;
      expect(programme.mode).toBe('fixed');
      expect(programme.own.map((e) => e.name)).toEqual([MARKUP_NAME]);
      // The name shows as the characters it is made of; no element came from it.
      const own = section.getByRole('list', { name: 'Your own exercises' });
      await expect.poll(() => own.textContent()).toContain(MARKUP_NAME);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // The page fits the window's width: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await harness.screenshot(page, 'settings-programme');
    });
  },
);
