import type { Browser, BrowserContext } from 'playwright-core';
import { app } from './app';

/**
 * The Chromium whose pages are our windows. The test process launches it (so it owns
 * its lifetime and can drive the same pages) and passes its CDP address in
 * UNKNOT_STANDIN_CDP; the app connects on its first window. A process that never opens
 * a window (a second instance) never connects.
 */
let connecting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;

export function browserContext(): Promise<BrowserContext> {
  connecting ??= (async () => {
    const endpoint = process.env.UNKNOT_STANDIN_CDP;
    if (!endpoint) {
      throw new Error('electron stand-in: no browser for windows (set UNKNOT_STANDIN_CDP)');
    }
    // Loaded on the first window only: a second instance starts without it.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('electron stand-in: the browser has no default context');
    app.beforeExit(() => browser.close());
    return { browser, context };
  })();
  return connecting.then(({ context }) => context);
}
