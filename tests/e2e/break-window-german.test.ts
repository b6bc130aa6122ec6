import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_SCHEMA_VERSION } from '../../src/shared/settings/migrations';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { openBreak, writeSettings } from './break-window-support';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

/** The built break page in German: its catalogue chunk loads, parsed at build, and formats. */
describe.skipIf(chromium.skip !== null)(
  `break window in German, in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    beforeAll(async () => {
      const dataDir = tempDir();
      writeSettings(dataDir);
      // The same routine as break-window.test.ts, with the language set to German.
      const file = join(dataDir, 'settings.json');
      const written = JSON.parse(readFileSync(file, 'utf8')) as {
        settings: Record<string, unknown>;
      };
      written.settings.language = 'de';
      writeFileSync(file, JSON.stringify({ ...written, schemaVersion: SETTINGS_SCHEMA_VERSION }));
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir,
        postureEverySeconds: 20,
      });
      await harness.services.controller.start();
      await harness.shell.advance(20_000);
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('shows the exercise steps, side words and warning signs from the German catalogue', async () => {
      if (!harness) throw new Error('no harness');
      const page = await openBreak(harness);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
      await expect
        .poll(() => page.getByText('Drehung des oberen Rückens im Sitzen').count())
        .toBeGreaterThan(0);
      await expect
        .poll(() => page.getByText('Brustschmerz, der länger als 15 Minuten anhält').count())
        .toBe(1);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.keyboard.press('Enter'); // past the get-ready moment
      const steps = page.getByRole('list', { name: 'Schritte' });
      // A plain side argument: the German side word of the side worked first.
      await expect.poll(() => steps.textContent()).toContain('dreh den Oberkörper nach links');
      expect(await page.locator('body').textContent()).not.toContain('Keeping your hips still');
    });
  },
);
