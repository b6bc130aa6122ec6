import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcContract } from '../../src/shared/ipc';
import { findElectronBinary } from '../support/electron-binary';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';

const electron = findElectronBinary();
const tempDir = tempDirPerTest();
announceSkip('Electron end-to-end', electron.skip);

const MAIN = resolve('out/main/index.js');
/** Chromium refuses to run as root with its sandbox on (CI runs as root). */
const ROOT_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

/** Runs a second instance with CLI arguments; resolves with its exit code and output. */
function runSecondInstance(
  userData: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      electron.path ?? '',
      [MAIN, ...ROOT_ARGS, ...args],
      { env: { ...process.env, UNKNOT_USER_DATA: userData }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The real app, in the real Electron binary: the one layer that checks the shell itself. */
describe.skipIf(electron.skip !== null)(
  `Electron app${electron.skip ? ` (skipped: ${electron.skip})` : ''}`,
  () => {
    let app: ElectronApplication | null = null;
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    async function launch(
      userData: string,
      args: string[] = [],
      env: Record<string, string> = {},
    ): Promise<ElectronApplication> {
      app = await _electron.launch({
        executablePath: electron.path ?? '',
        args: [MAIN, ...ROOT_ARGS, ...args],
        env: { ...process.env, UNKNOT_TEST: '1', UNKNOT_USER_DATA: userData, ...env },
      });
      const running = app;
      await expect
        .poll(() => running.evaluate(() => globalThis.unknotTest !== undefined))
        .toBe(true);
      return running;
    }

    const phaseOf = (running: ElectronApplication) =>
      running.evaluate(() => globalThis.unknotTest?.services.controller.getStatus().phase ?? null);

    it('shows a tray icon, opens a break window after the interval, and saves Done', async () => {
      const userData = tempDir();
      const running = await launch(userData, [], { UNKNOT_BREAK_EVERY_SECONDS: '3' });
      const tooltip = await running.evaluate(() => globalThis.unknotTest?.trayTooltip() ?? null);
      expect(tooltip).toMatch(/^Unknot/);

      const page = await running.firstWindow();
      await page.getByRole('button', { name: 'Done' }).waitFor();
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

      await page.getByRole('button', { name: 'Done' }).click();
      await expect
        .poll(() => running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length), {
          timeout: 10_000,
        })
        .toBe(0);
      const history = join(userData, 'history');
      await expect.poll(() => existsSync(history) && readdirSync(history).length > 0).toBe(true);
    });

    it('pauses and resumes from the tray menu, and the menu and icon follow', async () => {
      const running = await launch(tempDir());
      const labels = await running.evaluate(() =>
        (globalThis.unknotTest?.trayMenu() ?? []).flatMap((item) =>
          item.type === 'submenu'
            ? [
                item.label,
                ...item.items.flatMap((sub) => (sub.type === 'action' ? [sub.label] : [])),
              ]
            : item.type === 'action'
              ? [item.label]
              : [],
        ),
      );
      expect(labels).toEqual([
        'Take a break now',
        'Pause',
        '30 minutes',
        '1 hour',
        'Until tomorrow',
        'Until I resume',
        "This week's summary",
        'Settings…',
        'Quit Unknot',
      ]);

      expect(await running.evaluate(() => globalThis.unknotTest?.clickTray('pause60'))).toBe(true);
      expect(await phaseOf(running)).toBe('paused');
      expect(await running.evaluate(() => globalThis.unknotTest?.trayTooltip())).toMatch(
        /^Unknot — paused, resumes in /,
      );
      expect(await running.evaluate(() => globalThis.unknotTest?.trayIcon())).toMatch(/^paused-/);
      const resume = await running.evaluate(() =>
        globalThis.unknotTest
          ?.trayMenu()
          .some((item) => item.type === 'action' && item.action === 'resume'),
      );
      expect(resume).toBe(true);

      expect(await running.evaluate(() => globalThis.unknotTest?.clickTray('resume'))).toBe(true);
      expect(await phaseOf(running)).not.toBe('paused');
      expect(await running.evaluate(() => globalThis.unknotTest?.trayIcon())).toMatch(/^progress-/);

      expect(await running.evaluate(() => globalThis.unknotTest?.clickTray('breakNow'))).toBe(true);
      const page = await running.firstWindow();
      await page.getByRole('button', { name: 'Done' }).waitFor();
      expect(await phaseOf(running)).toBe('inBreak');
    });

    it('opens a break at once when started with --break-now', async () => {
      const running = await launch(tempDir(), ['--break-now']);
      const page = await running.firstWindow();
      await page.getByRole('button', { name: 'Done' }).waitFor();
      expect(await phaseOf(running)).toBe('inBreak');
    });

    it('answers a second instance: --status prints, --pause and --resume act', async () => {
      const userData = tempDir();
      const running = await launch(userData);
      await expect
        .poll(() => running.evaluate(() => globalThis.unknotTest?.cliListening()))
        .toBe(true);

      const status = await runSecondInstance(userData, ['--status']);
      expect(status).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^Sitting: .*\nNext break: /),
      });

      expect(await runSecondInstance(userData, ['--pause', '60'])).toMatchObject({
        code: 0,
        stdout: 'Paused for 1 h 00 min.\n',
      });
      expect(await phaseOf(running)).toBe('paused');
      expect(await runSecondInstance(userData, ['--resume'])).toMatchObject({ code: 0 });
      expect(await phaseOf(running)).not.toBe('paused');

      const bad = await runSecondInstance(userData, ['--pause', 'soon']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--pause takes minutes');
    });
  },
);
