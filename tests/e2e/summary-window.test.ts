import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { describeFocus, seriousViolations, tabTo } from '../support/keyboard-and-axe';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import {
  NOW,
  SEED,
  ZONE,
  expectedDay,
  seedStore,
  seedTension,
  seeded,
} from './summary-window-support';

/** Taken and counted breaks over November days `from`–`to`, as strings, from the seed list. */
const expectedDays = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index)
    .map((day) => expectedDay(11, day))
    .reduce(([t, b], [dt, db]) => [t + dt, b + db], [0, 0])
    .map(String);

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

describe.skipIf(chromium.skip !== null)(
  `summary window in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    it('shows the seeded week, passes axe in light and dark, and exports CSV rows matching the store', async () => {
      const dataDir = tempDir();
      seedStore(dataDir);
      const exportPath = join(dataDir, 'export.csv');
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir,
        timeZone: ZONE,
        wall0: NOW,
        exportPath,
      });

      const page = await harness.openWindow('summary', { width: 900, height: 900 });
      await expect
        .poll(() => page.locator('.headline').textContent())
        .toBe('You took 5 of 7 breaks — 3 more than last week.');
      expect(await page.getByText('23 – 29 Nov 2026').count()).toBe(1);

      const table = page.getByRole('table', { name: 'The week day by day' });
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
        );
      expect(rows.map((cells) => cells[0])).toEqual([
        'Monday 23 Nov',
        'Tuesday 24 Nov',
        'Wednesday 25 Nov',
        'Thursday 26 Nov',
        'Friday 27 Nov',
        'Saturday 28 Nov',
        'Sunday 29 Nov',
      ]);
      expect(rows.map((cells) => [Number(cells[1]), Number(cells[2])])).toEqual(
        [23, 24, 25, 26, 27, 28, 29].map((day) => expectedDay(11, day)),
      );
      // Monday: 90 + 30 s of care, 90 min of sitting, longest bout 65 min.
      expect(rows[0]?.slice(9, 12)).toEqual(['2 min', '1 h 30 min', '1 h 05 min']);
      const week = await table.locator('tfoot tr').textContent();
      expect(week).toMatch(/^Week57/);

      expect(await seriousViolations(page)).toEqual([]);
      await harness.screenshot(page, 'summary-window-light');

      const dark = await harness.openWindow('summary', {
        width: 900,
        height: 900,
        colorScheme: 'dark',
      });
      await dark.getByText('You took 5 of 7 breaks').waitFor();
      expect(await seriousViolations(dark)).toEqual([]);
      await harness.screenshot(dark, 'summary-window-dark');

      await page.getByRole('button', { name: '← Previous week' }).click();
      await expect
        .poll(() => page.locator('.headline').textContent())
        .toBe('You took 2 of 4 breaks — 2 more than the week before.');
      expect(await page.getByText('16 – 22 Nov 2026').count()).toBe(1);

      await page.getByRole('button', { name: 'Export CSV' }).click();
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe(`Saved ${SEED.length} breaks to ${exportPath}.`);
      expect(harness.shell.calls.chooseExportPath).toEqual(['unknot-history-2026-11-27.csv']);
      const lines = readFileSync(exportPath, 'utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe('id,time,kind,outcome,bout_seconds,care_seconds,exercises');
      const stored = harness.services.logStore.readAll().events;
      expect(lines.slice(1).map((line) => line.split(',').slice(0, 4))).toEqual(
        stored.map((e) => [
          e.id,
          expect.stringMatching(/^2026-1[01]-\d\dT\d\d:00:00\+0[12]:00$/),
          e.kind,
          e.outcome,
        ]),
      );
      expect(stored.map((e) => e.id)).toEqual(seeded.map((e) => e.id));
      expect(lines[1]).toBe(
        'seed-0,2026-10-05T10:00:00+02:00,posture,completed,1800,90,ball-shoulder-blade-wall 45/45',
      );
    });

    it('shows the tension trend from the real stores next to adherence, and saves a check-in by keyboard', async () => {
      const dataDir = tempDir();
      seedTension(dataDir);
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir,
        timeZone: ZONE,
        wall0: NOW,
      });
      const page = await harness.openWindow('summary', { width: 900, height: 900 });
      const trend = page.getByRole('region', { name: 'Tension and breaks' });
      const table = trend.getByRole('table', { name: 'Tension and breaks, week by week' });
      await table.waitFor();
      const rows = () =>
        table
          .locator('tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
          );
      // Week of, average tension, check-ins, taken, breaks, share taken, days with care.
      const before = [
        ['5 Oct', 'No check-in', '0', '1', '1', '100%', '1'],
        ['12 Oct', 'No check-in', '0', '0', '0', '–', '0'],
        // The DST week: Sunday 25 Oct 23:30 still belongs to it.
        ['19 Oct', '6.0', '1', '0', '0', '–', '0'],
        ['26 Oct', 'No check-in', '0', '0', '0', '–', '0'],
        ['2 Nov', 'No check-in', '0', '0', '0', '–', '0'],
        ['9 Nov', '5.0', '2', '5', '5', '100%', '5'],
        ['16 Nov', 'No check-in', '0', ...expectedDays(16, 19), '50%', '2'],
        ['23 Nov', 'No check-in', '0', ...expectedDays(23, 27), '71%', '3'],
      ];
      expect(await rows()).toEqual(before);
      // 25 Oct → 12 Nov had breaks on only four days: the rule says the trend says little yet.
      await trend.getByText(/few days with breaks/).waitFor();

      // Rate the neck by keyboard alone: tick it, one step up to 6, save.
      await tabTo(page, 'checkbox:Neck', 100);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe('range:Neck tension, 0 to 10');
      await page.keyboard.press('ArrowRight');
      await tabTo(page, 'button:Save check-in');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText('Check-in saved.').count()).toBe(1);
      await expect.poll(async () => (await rows())[7]?.slice(0, 3)).toEqual(['23 Nov', '6.0', '1']);
      // Neck 5 → 6 over two weeks with eight care days: calm advice to see a professional.
      await trend
        .getByText('Your tension has gone up over two weeks of regular breaks.', { exact: false })
        .waitFor();
      expect(await trend.locator('.trend-advice').textContent()).toMatch(
        /ask a doctor or physiotherapist to take a look\.$/,
      );
      expect(harness.services.tensionStore.readAll().at(-1)).toMatchObject({
        at: NOW,
        ratings: { neck: 6 },
        redFlags: [],
      });

      expect(await seriousViolations(page)).toEqual([]);
      await harness.screenshot(page, 'summary-tension-light');
      const dark = await harness.openWindow('summary', {
        width: 900,
        height: 900,
        colorScheme: 'dark',
      });
      await dark.getByText('Your tension has gone up', { exact: false }).waitFor();
      expect(await seriousViolations(dark)).toEqual([]);
      await harness.screenshot(dark, 'summary-tension-dark');
    });
  },
);
