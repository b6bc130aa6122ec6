import AxeBuilder from '@axe-core/playwright';
import { TZDate } from '@date-fns/tz';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openLogStore } from '../../src/main/platform/log-store';
import type { AdherenceEvent, Outcome } from '../../src/shared/domain';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

const ZONE = 'Europe/Berlin';
const local = (m: number, d: number, h: number, min = 0) =>
  new TZDate(2026, m - 1, d, h, min, ZONE).getTime();
/** Friday 27 November 2026, 17:00 in Berlin. */
const NOW = local(11, 27, 17);

type Seed = [
  month: number,
  day: number,
  hour: number,
  outcome: Outcome,
  held: [string, number[]][],
];
const BALL = 'ball-shoulder-blade-wall';
const DOOR = 'doorway-chest-stretch';
const SEED: Seed[] = [
  [10, 5, 10, 'completed', [[BALL, [45, 45]]]],
  // Last week, 16–22 November: 2 of 4 taken.
  [11, 16, 10, 'completed', [[BALL, [45, 45]]]],
  [11, 17, 10, 'completed', [[DOOR, [30, 30]]]],
  [11, 18, 10, 'skipped', []],
  [11, 19, 10, 'missed', []],
  // This week, 23–29 November: 5 of 7 taken (the snooze postpones, it is not a break).
  [11, 23, 9, 'completed', [[BALL, [45, 45]]]],
  [11, 23, 11, 'partial', [[DOOR, [30]]]],
  [11, 23, 14, 'snoozed', []],
  [11, 24, 10, 'natural', []],
  [11, 24, 15, 'completed', [[DOOR, [30, 30]]]],
  [11, 25, 10, 'skipped', []],
  [11, 26, 10, 'completed', [[BALL, [45, 45]]]],
  [11, 27, 9, 'missed', []],
];

const seeded: AdherenceEvent[] = SEED.map(([m, d, h, outcome, held], index) => ({
  id: `seed-${index}`,
  at: local(m, d, h),
  kind: 'posture',
  outcome,
  exercises: held.map(([exerciseId, heldSeconds]) => ({ exerciseId, heldSeconds })),
  boutSeconds: 1800,
}));

function seedStore(dataDir: string): void {
  const log = openLogStore(dataDir, { timeZone: ZONE });
  seeded.forEach((event) => log.append(event));
  log.recordBout({ start: local(11, 23, 8), seconds: 65 * 60 });
  log.recordBout({ start: local(11, 23, 13), seconds: 25 * 60 });
}

/** Taken and counted breaks per date, straight from the seed list. */
function expectedDay(month: number, day: number): [number, number] {
  const ofDay = SEED.filter(([m, d]) => m === month && d === day).map((s) => s[3]);
  const taken = ofDay.filter((o) => o === 'completed' || o === 'partial' || o === 'natural');
  return [taken.length, ofDay.filter((o) => o !== 'snoozed').length];
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
      expect(rows[0]?.slice(9)).toEqual(['2 min', '1 h 30 min', '1 h 05 min']);
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
  },
);
