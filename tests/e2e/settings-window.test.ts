import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/core/export';
import { createBrowserHarness, RESULTS_DIR, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { seriousViolations, tabTo, unreachableByTab } from '../support/keyboard-and-axe';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { chooseTime, settingsPageIds } from './settings-window-support';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

const MINUTE = 60_000;

describe.skipIf(chromium.skip !== null)(
  `settings window in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    const open = async (options: { exportPath?: string; page?: string } = {}) => {
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir: tempDir(),
        exportPath: options.exportPath ?? null,
      });
      await harness.services.controller.start();
      const page = await harness.openWindow('settings', {
        width: 900,
        height: 800,
        hash: options.page,
      });
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      return { harness, page };
    };

    it("a new interval moves the engine's next break at once; an invalid one is refused next to its field", async () => {
      const { harness, page } = await open();
      const { controller, settingsStore } = harness.services;
      const before = controller.getStatus().nextBreakAt ?? 0;
      expect(before).toBe(harness.shell.ports.now().wall + 30 * MINUTE);

      const interval = page.getByLabel('Posture break after sitting for');
      await interval.fill('45');
      await expect.poll(() => controller.getStatus().nextBreakAt).toBe(before + 15 * MINUTE);
      expect(settingsStore.settings.breaks.postureEveryMinutes).toBe(45);

      await interval.fill('5');
      const describedBy = (await interval.getAttribute('aria-describedby')) ?? '';
      const message = page.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
      await expect.poll(() => message.textContent()).toBe('At least 20 minutes');
      expect(await interval.getAttribute('aria-invalid')).toBe('true');
      expect(settingsStore.settings.breaks.postureEveryMinutes).toBe(45);
      expect(controller.getStatus().nextBreakAt).toBe(before + 15 * MINUTE);

      await page.getByRole('button', { name: 'Reset breaks to defaults' }).click();
      await expect.poll(() => controller.getStatus().nextBreakAt).toBe(before);
      await expect.poll(() => interval.inputValue()).toBe('30');
    });

    it('working hours typed in the window are saved; a range ending before it starts is refused next to its day', async () => {
      const { harness, page } = await open({ page: 'working-hours' });
      await page.getByLabel('Only prompt breaks during working hours').check();
      await chooseTime(page, 'Monday range 1 start', '13:00');
      const { settingsStore } = harness.services;
      await expect
        .poll(() => settingsStore.settings.workingHours)
        .toMatchObject({
          enabled: true,
          days: { mon: [{ start: '13:00', end: '17:30' }] },
        });
      await chooseTime(page, 'Monday range 1 end', '12:00');
      // Next to its day, and once more in the "Not saved" status line.
      await expect
        .poll(() =>
          page
            .getByRole('group', { name: /Monday/ })
            .getByText('The end must be later than the start')
            .count(),
        )
        .toBe(1);
      expect(settingsStore.settings.workingHours.days.mon).toEqual([
        { start: '13:00', end: '17:30' },
      ]);
    });

    // Monday 09:00 in Berlin (the harness clock); working hours from 13:00.
    it('outside working hours the engine is off hours and prompts no break', async () => {
      const { harness, page } = await open({ page: 'working-hours' });
      await page.getByLabel('Only prompt breaks during working hours').check();
      await chooseTime(page, 'Monday range 1 start', '13:00');
      const { controller } = harness.services;
      await expect.poll(() => controller.getStatus().phase).toBe('offHours');
      expect(controller.getStatus().nextBreakAt).toBeNull();
      await harness.shell.advance(2 * 60 * MINUTE);
      expect(harness.shell.calls.openBreakWindow).toHaveLength(0);
    });

    it('every page: a screenshot, no serious axe violation, every control reachable by Tab', async () => {
      const exportPath = join(tempDir(), 'history.csv');
      const { harness, page } = await open({ exportPath });
      for (const id of await settingsPageIds(page)) {
        await page.locator(`nav a[href="#${id}"]`).click();
        await page.locator(`section#${id}`).waitFor();
        expect(await seriousViolations(page), id).toEqual([]);
        await harness.screenshot(page, `settings-${id}`);
        expect(await unreachableByTab(page), id).toEqual([]);
      }
      await page.getByRole('button', { name: 'Open data folder' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => harness.openedPaths.length).toBe(1);
      await tabTo(page, 'button:Export history as CSV');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Saved 0' }).textContent())
        .toBe(`Saved 0 rows to ${exportPath}.`);
      expect(readFileSync(exportPath, 'utf8')).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    }, 240_000); // Ten pages, each with axe and a full Tab walk.

    it('a tension check-in is saved to the real file and the rule answers', async () => {
      const { harness, page } = await open({ page: 'tension' });
      const tension = page.getByRole('region', { name: 'Tension check-in' });
      await tension.getByRole('checkbox', { name: 'Neck', exact: true }).check();
      await page.locator('[data-area="lowerBack"]').click();
      await tension.getByRole('slider', { name: 'Neck tension, 0 to 10' }).fill('8');
      await tension
        .getByRole('checkbox', { name: 'Pain that is worse at night or wakes you up' })
        .check();
      await tension.scrollIntoViewIfNeeded();
      await tension.screenshot({ path: join(RESULTS_DIR, 'settings-tension-filled.png') });
      await tension.getByRole('button', { name: 'Save check-in' }).click();
      await expect
        .poll(() => tension.getByText(/You mentioned: Pain that is worse at night/).count())
        .toBe(1);
      const file = JSON.parse(
        readFileSync(join(harness.services.settingsStore.filePath, '..', 'tension.json'), 'utf8'),
      );
      expect(file.checkIns).toEqual([
        expect.objectContaining({
          ratings: { neck: 8, lowerBack: 5 },
          redFlags: ['nightPain'],
          emergency: false,
        }),
      ]);
    });

    it('the theme setting applies at once', async () => {
      const { page } = await open({ page: 'appearance' });
      await page.getByLabel('Theme').selectOption({ label: 'Dark' });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe('dark');
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background).toBe('rgb(23, 28, 27)');
      await harness?.screenshot(page, 'settings-page-dark');
      expect(await seriousViolations(page)).toEqual([]);
    });
  },
);
