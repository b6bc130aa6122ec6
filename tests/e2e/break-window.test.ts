import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { monthKey } from '../../src/main/platform/log-store';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

describe.skipIf(chromium.skip !== null)(
  `break window in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    it('opens after the sitting interval, and Done writes the outcome through main into the store', async () => {
      const dataDir = tempDir();
      harness = await createBrowserHarness({
        chromiumPath: chromium.path ?? '',
        dataDir,
        postureEverySeconds: 20,
      });
      const { services, shell } = harness;
      services.controller.start();
      shell.advance(20_000);
      expect(shell.calls.openBreakWindow).toHaveLength(1);

      const page = await harness.openWindow('break', { beforeLoad: (p) => p.clock.install() });
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Ball between shoulder blade and wall');
      await page.clock.runFor(90_000);
      await expect.poll(() => page.getByRole('timer').textContent()).toBe('0 s');
      await harness.screenshot(page, 'break-window');
      await page.getByRole('button', { name: 'Done' }).click();

      await expect.poll(() => shell.calls.closeBreakWindow.length).toBe(1);
      const file = join(
        dataDir,
        'history',
        `adherence-${monthKey(shell.calls.openBreakWindow[0]?.openedAt ?? 0)}.json`,
      );
      expect(existsSync(file)).toBe(true);
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      expect(stored.events).toEqual([
        expect.objectContaining({
          kind: 'posture',
          outcome: 'completed',
          boutSeconds: 20,
          exercises: [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: [45, 45] }],
        }),
      ]);
      expect(services.controller.getStatus().phase).toBe('away');
    });

    it('refuses a malformed result from the page and stores nothing', async () => {
      const dataDir = tempDir();
      harness = await createBrowserHarness({ chromiumPath: chromium.path ?? '', dataDir });
      harness.services.controller.dispatch({ type: 'startBreakNow' });
      const page = await harness.openWindow('break');
      const message = await page.evaluate(() =>
        window.unknot
          .finishBreak({ promptId: 'x', outcome: 'done' as 'completed', exercises: [] })
          .then(
            () => 'accepted',
            (error: unknown) => String(error),
          ),
      );
      expect(message).toContain('Invalid request for "finishBreak"');
      expect(harness.services.controller.getStatus().phase).toBe('inBreak');
      expect(existsSync(join(dataDir, 'history'))).toBe(false);
    });
  },
);
