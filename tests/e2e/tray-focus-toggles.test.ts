import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWindowBrowser,
  startStandIn,
  type StandInProcess,
  type WindowBrowser,
} from '../shell/launch';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { pageOf, waitFor } from './backend-support';

/**
 * Issue 15: the tray's focus toggles, clicked in the recorded tray of the real main
 * bundle (the stand-in `electron`, tests/shell), their effect seen through the real
 * handlers: the menu's state, no break window during a meeting and the held break
 * after it, breaks still coming "at my desk" while idle, standing time in the summary.
 */

const chromium = findChromium();
const skip = chromium.path === null ? chromium.skip : null;
announceSkip('tray focus toggles (stand-in Electron)', skip);
const tempDir = tempDirPerTest();

/** A posture break every 8 s, announced with no lead, so a due break opens its window at once. */
const BREAK_EVERY_SECONDS = '8';

function seedSettings(userData: string): string {
  mkdirSync(userData, { recursive: true });
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({
      schemaVersion: 2,
      settings: {
        breaks: { noticeLeadSeconds: 0 },
        onboarding: { completedAt: Date.UTC(2026, 0, 5) },
      },
    }),
  );
  return userData;
}

interface MenuItem {
  label: string;
  checked: boolean;
  submenu: MenuItem[] | null;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.skipIf(skip !== null)(`tray focus toggles${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: WindowBrowser | null = null;
  let app: StandInProcess | null = null;
  beforeAll(async () => {
    browser = await launchWindowBrowser(chromium.path ?? '');
  });
  afterEach(async () => {
    await app?.quit();
    app = null;
    await Promise.all(
      browser?.context.pages().map((page) => page.close().catch(() => undefined)) ?? [],
    );
  });
  afterAll(() => browser?.close());

  async function launch(): Promise<StandInProcess> {
    if (!browser) throw new Error('no browser');
    const started = startStandIn({
      env: {
        UNKNOT_STANDIN_CDP: browser.endpoint,
        UNKNOT_USER_DATA: seedSettings(tempDir()),
        UNKNOT_BREAK_EVERY_SECONDS: BREAK_EVERY_SECONDS,
      },
    });
    app = started;
    await waitFor('the tray', async () => ((await menu().catch(() => null)) ? true : null));
    return started;
  }

  async function menu(): Promise<MenuItem[] | null> {
    const trays = await app?.control<{ menu: MenuItem[] | null }[]>({ op: 'tray' });
    return trays?.[0]?.menu ?? null;
  }
  const item = async (label: string) => (await menu())?.find((entry) => entry.label === label);
  const click = (...labels: string[]) => app?.control({ op: 'clickTray', labels });
  const openPages = () => browser?.context.pages().filter((page) => !page.isClosed()) ?? [];
  const pageNamed = (name: string) => openPages().find((page) => pageOf(page.url()) === name);
  const windowNamed = (name: string): Promise<Page> =>
    waitFor(`the ${name} window`, () => pageNamed(name) ?? null);

  /** A figure of the summary window's week, by the start of its term. */
  async function summaryFigure(term: RegExp): Promise<string> {
    // Read afresh: an open summary window is reloaded, as reopening it would show.
    const open = pageNamed('summary');
    if (open) await open.reload();
    else await click("This week's summary");
    const page = await windowNamed('summary');
    const figure = page
      .locator('dl.figures > div')
      .filter({ has: page.locator('dt', { hasText: term }) });
    return (await figure.locator('dd').textContent({ timeout: 10_000 })) ?? '';
  }

  it('"In a meeting": no break window while it runs, the held break comes when it ends', async () => {
    await launch();
    await click('In a meeting', 'Until I turn it off');
    await expect.poll(async () => (await item('End the meeting'))?.label).toBe('End the meeting');
    expect(await item('In a meeting')).toBeUndefined();
    // Two break intervals and more pass: the break falls due and is held.
    await wait(20_000);
    expect(pageNamed('break')).toBeUndefined();
    await click('End the meeting');
    await (await windowNamed('break')).getByRole('button', { name: 'Skip break' }).click();
    await expect.poll(async () => (await item('In a meeting'))?.submenu?.length).toBe(3);
    expect(await summaryFigure(/waited for a call/)).toBe('1');
  }, 90_000);

  it('"At my desk, not typing": idle time is sitting, so the break still comes', async () => {
    await launch();
    await click('At my desk, not typing');
    await expect.poll(async () => (await item('At my desk, not typing'))?.checked).toBe(true);
    // Ten minutes without input: without the toggle that is a natural break, no window.
    await app?.control({ op: 'setIdle', seconds: 600 });
    await windowNamed('break');
    await click('At my desk, not typing');
    await expect.poll(async () => (await item('At my desk, not typing'))?.checked).toBe(false);
  }, 60_000);

  it('"I\'m standing": checked while standing, and the summary counts the standing time', async () => {
    await launch();
    // Nothing logged yet: the summary shows its first-week preview, no standing figure.
    await click("This week's summary");
    const summary = await windowNamed('summary');
    await summary.getByRole('button', { name: 'Take a break now' }).waitFor();
    expect(await summary.getByText(/^Standing at the desk/).count()).toBe(0);
    await click("I'm standing");
    await expect.poll(async () => (await item("I'm standing"))?.checked).toBe(true);
    await wait(4_000);
    await click("I'm standing");
    await expect.poll(async () => (await item("I'm standing"))?.checked).toBe(false);
    await expect
      .poll(() => summaryFigure(/^Standing/), { timeout: 15_000 })
      .toMatch(/^[1-9]\d* s$/);
  }, 60_000);
});
