import { _electron, type ElectronApplication } from 'playwright-core';
import type { TrayMenuItem } from '../../src/core/tray-menu';
import { MAIN } from '../shell/launch';
import type { AppBackend, PageName } from './electron-app-backends';
import { pageOf, run, waitFor } from './backend-support';

/** The Electron spec's backend on the real binary: Playwright's `_electron`. */
const flatten = (items: TrayMenuItem<string>[]): string[] =>
  items.flatMap((item) => {
    if (item.type === 'submenu') return [item.label, ...flatten(item.items)];
    return item.type === 'action' ? [item.label] : [];
  });

function findAction(items: TrayMenuItem<string>[], labels: string[]): TrayMenuItem<string> | null {
  const [first, ...rest] = labels;
  const item = items.find((candidate) => 'label' in candidate && candidate.label === first);
  if (!item || rest.length === 0) return item ?? null;
  return item.type === 'submenu' ? findAction(item.items, rest) : null;
}

/** Chromium refuses to run as root with its sandbox on (CI runs as root). */
const ROOT_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

export function electronBackend(binary: string): AppBackend {
  const apps = new Set<ElectronApplication>();
  return {
    name: 'Electron binary',
    playsPackaged: false,
    async launch(userData, args = [], env = {}) {
      const app = await _electron.launch({
        executablePath: binary,
        args: [MAIN, ...ROOT_ARGS, ...args],
        env: { ...process.env, UNKNOT_TEST: '1', UNKNOT_USER_DATA: userData, ...env },
      });
      apps.add(app);
      // The app's own test hooks (UNKNOT_TEST=1): Electron has no API to read a tray back.
      const menu = () => app.evaluate(() => globalThis.unknotTest?.trayMenu() ?? null);
      await waitFor('the app', async () => ((await menu()) ? true : null));
      const windows = () => app.windows().filter((page) => !page.isClosed());
      const windowNamed = (name: PageName) =>
        waitFor(
          `the ${name} window`,
          () => windows().find((page) => pageOf(page.url()) === name) ?? null,
        );
      return {
        trayTooltip: () => app.evaluate(() => globalThis.unknotTest?.trayTooltip() ?? ''),
        trayMenuLabels: async () => flatten((await menu()) ?? []),
        async clickTray(...labels) {
          const item = findAction((await menu()) ?? [], labels);
          if (item?.type !== 'action') throw new Error(`no tray action ${labels.join(' › ')}`);
          const action = item.action;
          const clicked = await app.evaluate(
            (_e, name) => globalThis.unknotTest?.clickTray(name as never),
            action,
          );
          if (!clicked) throw new Error(`tray action ${action} is disabled`);
        },
        window: windowNamed,
        openWindows: async () => windows().flatMap((page) => pageOf(page.url()) ?? []),
        applicationMenu: () =>
          app.evaluate(({ Menu }) =>
            (Menu.getApplicationMenu()?.items ?? []).flatMap((item) => [
              item.role ? item.role.toLowerCase() : item.label,
              ...(item.submenu?.items ?? []).map((sub) =>
                sub.role ? sub.role.toLowerCase() : sub.label,
              ),
            ]),
          ),
        async closeFromFrame(name) {
          const page = await windowNamed(name);
          await app.evaluate(({ BrowserWindow }, page) => {
            BrowserWindow.getAllWindows()
              .find((window) => window.webContents.getURL().includes(`/${page}.html`))
              ?.close();
          }, name);
          await waitFor(`the ${name} window to close`, () => (page.isClosed() ? true : null));
        },
        async activate() {
          await app.evaluate(({ app }) => {
            app.emit('activate');
          });
        },
        async close() {
          apps.delete(app);
          await app.close();
        },
      };
    },
    runCli: (userData, args, options) =>
      run(
        binary,
        [MAIN, ...ROOT_ARGS, ...args],
        { ...process.env, UNKNOT_USER_DATA: userData },
        options?.pipeToCat ?? false,
      ),
    async dispose() {
      await Promise.all([...apps].map((app) => app.close()));
    },
  };
}
