import type AxeCore from 'axe-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createBrowserHarness, RESULTS_DIR, type BrowserHarness } from '../support/browser-harness';
import { launchChromium } from '../support/chromium';
import { setTextZoom } from './window-fit-support';

/**
 * What the fit tests vary in place on one page per window size: the colour scheme and
 * the text size. Both are switched without a reload, so one page serves every variant.
 */
export interface FitVariant {
  colorScheme: 'light' | 'dark';
  zoom: 100 | 200;
}

/**
 * Light and dark at 100% text, and light at 200%, at every size: a colour change can
 * hide text only where the layout puts it, so dark is checked wherever layout differs.
 */
export const FIT_VARIANTS: readonly FitVariant[] = [
  { colorScheme: 'light', zoom: 100 },
  { colorScheme: 'dark', zoom: 100 },
  { colorScheme: 'light', zoom: 200 },
];

/** Switches the page to a variant in place: prefers-color-scheme and the root text size. */
export async function applyVariant(page: Page, variant: FitVariant): Promise<void> {
  await page.emulateMedia({ colorScheme: variant.colorScheme });
  await setTextZoom(page, variant.zoom);
  await settleTransitions(page);
}

/**
 * Waits for every finite CSS animation and transition to end. A theme switch eases some
 * backgrounds over 300 ms on the compositor's real clock, which the paused page clock
 * does not hold; contrast measured mid-way would judge colours no one sees for long.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

export const variantName = ({ colorScheme, zoom }: FitVariant) => `${colorScheme}-${zoom}`;

/** The viewport as a person sees it, unscrolled: the evidence of what fits. */
export async function fitScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core's serious and critical violations, run inside the page. axe is injected once
 * per page and rerun for each state, which is much cheaper than a fresh builder each time.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * One Chromium for the whole file (registered as its beforeAll/afterAll); each test
 * opens its own harness, with its own data folder, on that browser.
 */
export function useSharedBrowser(
  chromiumPath: string,
): (dataDir: string) => Promise<BrowserHarness> {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (dataDir) =>
    createBrowserHarness({ chromiumPath, dataDir, ...(browser ? { browser } : {}) });
}
