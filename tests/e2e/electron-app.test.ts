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

/** The real app, in the real Electron binary: the one layer that checks the shell itself. */
describe.skipIf(electron.skip !== null)(
  `Electron app${electron.skip ? ` (skipped: ${electron.skip})` : ''}`,
  () => {
    let app: ElectronApplication | null = null;
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    it('shows a tray icon, opens a break window after the interval, and saves Done', async () => {
      const userData = tempDir();
      app = await _electron.launch({
        executablePath: electron.path ?? '',
        args: [resolve('out/main/index.js')],
        env: {
          ...process.env,
          UNKNOT_TEST: '1',
          UNKNOT_USER_DATA: userData,
          UNKNOT_BREAK_EVERY_SECONDS: '3',
        },
      });
      const tooltip = await app.evaluate(() => globalThis.unknotTest?.trayTooltip() ?? null);
      expect(tooltip).toMatch(/^Unknot/);

      const page = await app.firstWindow();
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
        .poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length), {
          timeout: 10_000,
        })
        .toBe(0);
      const history = join(userData, 'history');
      await expect.poll(() => existsSync(history) && readdirSync(history).length > 0).toBe(true);
    });
  },
);
