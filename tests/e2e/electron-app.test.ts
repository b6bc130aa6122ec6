import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ipcContract } from '../../src/shared/ipc';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { openBackend, type AppBackend, type RunningApp } from './electron-app-backends';
import { parseJournal } from '../../src/core/journal-format';

/**
 * The whole app: the real main bundle, preload and pages, through the real Electron
 * binary where there is one and the stand-in `electron` (tests/shell) where not. Same
 * assertions on both backends.
 */
const opened = await openBackend();
const skip = 'skip' in opened ? opened.skip : null;
announceSkip('Electron end-to-end', skip);
const tempDir = tempDirPerTest();

/** Onboarding done, no ball, a 90 s posture break: two exercises, the first two-sided. */
function seedSettings(userData: string): string {
  mkdirSync(userData, { recursive: true });
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({
      schemaVersion: 2,
      settings: {
        breaks: { postureSeconds: 90 },
        equipment: { ball: false },
        onboarding: { completedAt: Date.UTC(2026, 0, 5) },
      },
    }),
  );
  return userData;
}

/** Every outcome in the real history journals, oldest first. */
function loggedOutcomes(userData: string): string[] {
  const folder = join(userData, 'history');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^adherence-\d{4}-\d{2}\.jsonl$/.test(name))
    .sort()
    .flatMap((name) =>
      parseJournal(readFileSync(join(folder, name), 'utf8')).changes.flatMap((line) =>
        line.event ? [line.event.outcome] : [],
      ),
    );
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe.skipIf(skip !== null)(`Electron app${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const backend = opened as AppBackend;
  let app: RunningApp | null = null;
  beforeAll(() => console.info(`[electron-app] backend: ${backend.name}`));
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(() => backend.dispose());

  it('first start: tray with tooltip and menu, and the onboarding window in a sandboxed page', async () => {
    app = await backend.launch(tempDir());
    expect(await app.trayTooltip()).toMatch(/^Unknot/);
    const labels = await app.trayMenuLabels();
    // The break and pause items, the windows and Quit, in this order; the focus toggles
    // (In a meeting, At my desk, I'm standing) sit between them.
    const core = [
      'Take a break now',
      'Pause',
      '30 minutes',
      '1 hour',
      'Until tomorrow',
      'Until I resume',
      "This week's summary",
      'Settings…',
      'Quit Unknot',
    ];
    // A subsequence: the meeting submenu repeats "30 minutes" and "1 hour".
    let next = 0;
    for (const label of labels) if (label === core[next]) next += 1;
    expect(next, labels.join(' | ')).toBe(core.length);
    expect(labels).toContain('In a meeting');
    const page = await app.window('onboarding');
    await expect.poll(() => heading(page)).toMatch(/\w/);
    // Sandboxed, context-isolated, no Node: the page sees window.unknot and nothing else.
    const exposed = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      api: Object.keys(window.unknot).sort(),
    }));
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: [...Object.keys(ipcContract.invoke), 'on'].sort(),
    });
  });

  it('a whole break from "Take a break now": Start, every hold, Done → completed on disk', async () => {
    const userData = seedSettings(tempDir());
    app = await backend.launch(userData);
    await app.clickTray('Take a break now');
    const page = await app.window('break');
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    // The holds run on a paused clock: 1 min 30 s of care in well under a second.
    await page.clock.install();
    await page.getByRole('button', { name: /^Start/ }).click();
    for (let second = 0; second < 120 && (await heading(page)) !== 'Well done'; second += 5) {
      await page.clock.runFor(5_000);
    }
    expect(await heading(page)).toBe('Well done');
    await page.getByRole('button', { name: /^Done/ }).click();
    await expect.poll(() => loggedOutcomes(userData), { timeout: 10_000 }).toEqual(['completed']);
    await expect.poll(() => app?.openWindows()).toEqual([]);
  });

  it('Skip break logs skipped and closes the window', async () => {
    const userData = seedSettings(tempDir());
    app = await backend.launch(userData);
    await app.clickTray('Take a break now');
    const page = await app.window('break');
    await page.getByRole('button', { name: 'Skip break' }).click();
    await expect.poll(() => loggedOutcomes(userData), { timeout: 10_000 }).toEqual(['skipped']);
    await expect.poll(() => app?.openWindows()).toEqual([]);
  });

  it('closing the break window from its frame snoozes while snoozes are left, then skips', async () => {
    const userData = seedSettings(tempDir());
    app = await backend.launch(userData);
    for (let round = 1; round <= 3; round += 1) {
      await app.clickTray('Take a break now');
      await (await app.window('break')).getByRole('button', { name: /^Start/ }).waitFor();
      await app.closeFromFrame('break');
      await expect.poll(() => loggedOutcomes(userData).length, { timeout: 10_000 }).toBe(round);
      // Never stranded "in break": the tray offers a new break at once.
      await expect.poll(() => app?.trayMenuLabels()).toContain('Take a break now');
    }
    expect(loggedOutcomes(userData)).toEqual(['snoozed', 'snoozed', 'skipped']);
  });

  it('pauses for 30 minutes and resumes from the tray; the tooltip follows', async () => {
    app = await backend.launch(seedSettings(tempDir()));
    await app.clickTray('Pause', '30 minutes');
    await expect.poll(() => app?.trayTooltip()).toMatch(/^Unknot — paused, resumes in /);
    expect(await app.trayMenuLabels()).toContain('Resume');
    await app.clickTray('Resume');
    await expect.poll(() => app?.trayTooltip()).not.toMatch(/paused/);
  });

  it('a second process hands --status and --break-now to the running app', async () => {
    const userData = seedSettings(tempDir());
    app = await backend.launch(userData);
    const status = await backend.runCli(userData, ['--status']);
    expect(status).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Sitting: .*\nNext break: /),
    });
    const piped = await backend.runCli(userData, ['--status'], { pipeToCat: true });
    expect(piped.stdout).toMatch(/^Sitting: /);

    expect(await backend.runCli(userData, ['--break-now'])).toMatchObject({
      code: 0,
      stdout: 'Starting a break.\n',
    });
    await (await app.window('break')).getByRole('button', { name: /^Start/ }).waitFor();
    const bad = await backend.runCli(userData, ['--pause', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pause takes minutes');
    // Five processes start here; on a loaded two-core machine each takes seconds.
  }, 150_000);

  it('started again without a command, or activated (macOS), the running app opens Settings', async () => {
    // A desktop without a tray host (GNOME without AppIndicator) leaves this the only way in.
    const userData = seedSettings(tempDir());
    app = await backend.launch(userData);
    expect(await app.openWindows()).toEqual([]);
    expect(await backend.runCli(userData, [])).toMatchObject({ code: 0 });
    await app.window('settings');
    await app.closeFromFrame('settings');
    await app.activate();
    await app.window('settings');
    expect(await app.openWindows()).toEqual(['settings']);
  }, 90_000);

  it('sets an application menu with Close and no File/Edit/View; packaged, no DevTools', async () => {
    const packaged: Record<string, string> = backend.playsPackaged
      ? { UNKNOT_STANDIN_PACKAGED: '1' }
      : {};
    app = await backend.launch(seedSettings(tempDir()), [], packaged);
    const menu = await app.applicationMenu();
    expect(menu).toContain('close');
    expect(menu).not.toContain('File');
    expect(menu).not.toContain('View');
    if (backend.playsPackaged) expect(menu).not.toContain('toggledevtools');
  });

  it('a user-data folder it cannot write: says which and how to fix it, exits non-zero', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const folder = join(blocker, 'Unknot');
    const run = await backend.runCli(folder, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(folder);
    expect(run.stderr).toContain('cannot write there');
  });

  it('--status with nothing running says so and exits 3, starting nothing', async () => {
    const userData = tempDir();
    expect(await backend.runCli(userData, ['--status'], { pipeToCat: true })).toMatchObject({
      stdout: 'Unknot is not running.\n',
    });
    expect(await backend.runCli(userData, ['--status'])).toMatchObject({ code: 3 });
    expect(existsSync(join(userData, 'settings.json'))).toBe(false);
  });
});
