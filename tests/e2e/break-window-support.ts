import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SAFETY_QUESTIONS } from '../../src/shared/safety';
import { SETTINGS_SCHEMA_VERSION } from '../../src/shared/settings/migrations';
import type { BrowserHarness } from '../support/browser-harness';

/** Helpers of break-window.test.ts: settings on disk, axe, the paused clock, locators. */

/** No ball and a 90 s posture break: a two-exercise routine, the first one two-sided. */
export function writeSettings(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  // The safety check answered "no" throughout, so pressure exercises may be planned.
  const answers = Object.fromEntries(SAFETY_QUESTIONS.map((question) => [question.id, false]));
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings: {
        breaks: { postureSeconds: 90 },
        equipment: { ball: false },
        safety: { pressureAllowed: true, answers, answeredAt: 0 },
        exercises: { disabled: ['chair-thoracic-extension', 'chin-tuck-hold'] },
      },
    }),
  );
}

interface TimerSwap {
  __realTimers?: { setTimeout: unknown; clearTimeout: unknown };
  __fakeTimers?: { setTimeout: unknown; clearTimeout: unknown };
}

/** Runs `fn` with the page's real setTimeout (axe-core needs one) while the app's clock stays paused. */
export async function withRealTimeouts<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const swap = (toReal: boolean) =>
    page.evaluate((real) => {
      const w = window as unknown as Window & TimerSwap;
      if (real) w.__fakeTimers = { setTimeout: w.setTimeout, clearTimeout: w.clearTimeout };
      const use = real ? w.__realTimers : w.__fakeTimers;
      if (!use) throw new Error('timers were not captured before the clock was installed');
      Object.assign(w, use);
    }, toReal);
  await swap(true);
  try {
    return await fn();
  } finally {
    await swap(false);
  }
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // Legacy mode runs axe in the page itself: the harness's pages have no shared context.
  const { violations } = await withRealTimeouts(page, () =>
    new AxeBuilder({ page }).setLegacyMode().analyze(),
  );
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
export const timer = (page: Page) => page.getByRole('timer', { name: 'Time left' }).textContent();
export const switchAnimation = (page: Page) =>
  page.locator('.hold-status').evaluate((element) => getComputedStyle(element).animationName);
export const status = (page: Page) => page.getByRole('status').first().textContent();

/** Opens the break page with Playwright's clock installed and paused: time moves only when told. */
export async function openBreak(
  harness: BrowserHarness,
  options: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce';
  } = {},
): Promise<Page> {
  const start = Date.UTC(2026, 10, 23, 9, 0);
  return harness.openWindow('break', {
    ...options,
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        (window as unknown as TimerSwap).__realTimers = {
          setTimeout: window.setTimeout,
          clearTimeout: window.clearTimeout,
        };
      });
      await page.clock.install({ time: start });
      await page.clock.pauseAt(start + 1000);
    },
  });
}
