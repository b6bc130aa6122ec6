import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySafetyAnswers } from '../../src/core/safety-check';
import { parseJournal } from '../../src/core/journal-format';
import { SAFETY_QUESTIONS } from '../../src/shared/safety';
import { SETTINGS_SCHEMA_VERSION } from '../../src/shared/settings/migrations';
import { getDefaultSettings } from '../../src/shared/settings/schema';
import { launchWindowBrowser, startStandIn, type WindowBrowser } from '../shell/launch';
import { findChromium } from '../support/chromium';
import { failInCi, hasCommand } from '../support/desktop-session';
import { startPrivateDunst, type PrivateDunst } from '../support/private-dunst';
import { announceSkip } from '../support/skip-notice';
import { pageOf } from './backend-support';

/**
 * The daily release session in the whole app: the real main bundle under the stand-in
 * `electron`, its windows Chromium pages, its notice through a real dunst on a private
 * session bus. The session is set for the current minute, so it comes at the real time.
 */
function getSkip(): string | null {
  if (process.platform !== 'linux') return `needs Linux, this is ${process.platform}`;
  if (!process.env.DISPLAY) return 'no X display (run under `xvfb-run -a`, as .ci/run does)';
  for (const command of ['dbus-daemon', 'dunst', 'dunstctl']) {
    if (!hasCommand(command)) return `${command} is not installed (apt-get install dunst dbus-x11)`;
  }
  return findChromium().skip;
}
const skip = failInCi('release session end to end', getSkip());
announceSkip('release session end to end', skip);

/**
 * The app's zone: UTC, or six hours behind it late in the UTC evening, so that the
 * session's minute is never the last of a day (a session at 23:59 is gone at 00:00).
 */
function pickZone(now: number): { zone: string; offsetMs: number } {
  return new Date(now).getUTCHours() >= 22
    ? { zone: 'Etc/GMT+6', offsetMs: -6 * 3600_000 }
    : { zone: 'UTC', offsetMs: 0 };
}

/** Safety answered "no" throughout, onboarding done, the session at this local minute. */
function seedSettings(userData: string, now: number): void {
  const answers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));
  const settings = {
    ...applySafetyAnswers(getDefaultSettings(), answers, now),
    onboarding: { completedAt: now },
    releaseSession: {
      enabled: true,
      at: new Date(now + pickZone(now).offsetMs).toISOString().slice(11, 16),
    },
  };
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings }),
  );
}

function loggedEvents(userData: string): { kind: string; outcome: string }[] {
  const folder = join(userData, 'history');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      parseJournal(readFileSync(join(folder, name), 'utf8')).changes.flatMap((line) =>
        line.event ? [{ kind: line.event.kind, outcome: line.event.outcome }] : [],
      ),
    );
}

describe.skipIf(skip !== null)(`release session${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: WindowBrowser;
  let dunst: PrivateDunst;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unknot-release-'));
    browser = await launchWindowBrowser(findChromium().path as string);
    dunst = await startPrivateDunst(dir);
  });
  afterAll(async () => {
    dunst?.stop();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('at its time: a notice, the break window with ball holds, and the outcome in the log', async () => {
    const userData = mkdtempSync(join(dir, 'user-'));
    const now = Date.now();
    seedSettings(userData, now);
    const app = startStandIn({
      env: {
        UNKNOT_STANDIN_CDP: browser.endpoint,
        UNKNOT_USER_DATA: userData,
        DBUS_SESSION_BUS_ADDRESS: dunst.address,
        TZ: pickZone(now).zone,
      },
    });
    try {
      const breakPage = () =>
        browser.context.pages().find((p) => !p.isClosed() && pageOf(p.url()) === 'break');
      // The first start of the app under the stand-in takes its time on a loaded machine.
      await expect
        .poll(() => breakPage() !== undefined || app.child.exitCode !== null, { timeout: 45_000 })
        .toBe(true);
      const page = breakPage();
      if (!page) throw new Error(`no release session window\n${app.output().stderr}`);
      await page.getByRole('button', { name: /^Start/ }).waitFor();
      expect(await page.locator('body').innerText()).toMatch(/ball|roller/i);
      await expect.poll(async () => (await dunst.dunstctl('count', 'displayed')).trim()).toBe('1');
      await dunst.dunstctl('close-all');
      const history = JSON.parse(await dunst.dunstctl('history')) as {
        data: { summary: { data: string }; body: { data: string } }[][];
      };
      const notice = history.data.flat()[0];
      expect(notice?.summary.data).toMatch(/^Your [345]-minute release session is open$/);
      expect(notice?.body.data).toContain('5–7 out of 10');
      // Skippable (an optional session), never strict: skip it and see it logged.
      await page.getByRole('button', { name: 'Skip break' }).click();
      await expect
        .poll(() => loggedEvents(userData), { timeout: 10_000 })
        .toEqual([{ kind: 'posture', outcome: 'skipped' }]);
    } finally {
      await app.quit();
    }
  }, 90_000);
});
