import { execFile } from 'node:child_process';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { TrayMenuItem } from '../../src/core/tray-menu';
import {
  launchWindowBrowser,
  MAIN,
  REGISTER,
  startStandIn,
  type WindowBrowser,
} from '../shell/launch';
import { findChromium } from '../support/chromium';
import { chooseElectronBackend } from '../support/electron-binary';

/**
 * The Electron spec's two backends behind one interface: Playwright's `_electron` with
 * the real binary, or the real main bundle under Node with the stand-in `electron`
 * (tests/shell). The spec's assertions are the same for both.
 */
export type PageName = 'break' | 'onboarding' | 'settings' | 'summary';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningApp {
  trayTooltip(): Promise<string>;
  /** The labels of the tray's actions and submenus (and their actions), in order. */
  trayMenuLabels(): Promise<string[]>;
  /** Clicks a tray menu item by its label path, as a person would. */
  clickTray(...labels: string[]): Promise<void>;
  /** The open window showing `name`, once it is there. */
  window(name: PageName): Promise<Page>;
  openWindows(): Promise<PageName[]>;
  /** The application menu's labels and roles (lower case), submenus flattened in order. */
  applicationMenu(): Promise<string[]>;
  /** Closes a window as its frame's close button does; resolves once its page is gone. */
  closeFromFrame(name: PageName): Promise<void>;
  close(): Promise<void>;
}

export interface AppBackend {
  name: string;
  /** The stand-in can play a packaged build (UNKNOT_STANDIN_PACKAGED=1); the binary cannot. */
  playsPackaged: boolean;
  launch(userData: string, args?: string[], env?: Record<string, string>): Promise<RunningApp>;
  /** Runs a second, real process of the app with CLI arguments (`through` a shell pipe). */
  runCli(userData: string, args: string[], options?: { pipeToCat?: boolean }): Promise<CliRun>;
  dispose(): Promise<void>;
}

const pageOf = (url: string): PageName | null =>
  (/\/(break|onboarding|settings|summary)\.html/.exec(url)?.[1] as PageName | undefined) ?? null;

async function waitFor<T>(what: string, find: () => T | null | Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await find();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  pipeToCat: boolean,
): Promise<CliRun> {
  const [command, argv] = pipeToCat
    ? ['/bin/sh', ['-c', '"$0" "$@" | cat', file, ...args]]
    : [file, args];
  return new Promise((done) => {
    execFile(command, argv, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const flatten = (items: TrayMenuItem[]): string[] =>
  items.flatMap((item) => {
    if (item.type === 'submenu') return [item.label, ...flatten(item.items)];
    return item.type === 'action' ? [item.label] : [];
  });

function findAction(items: TrayMenuItem[], labels: string[]): TrayMenuItem | null {
  const [first, ...rest] = labels;
  const item = items.find((candidate) => 'label' in candidate && candidate.label === first);
  if (!item || rest.length === 0) return item ?? null;
  return item.type === 'submenu' ? findAction(item.items, rest) : null;
}

/** Chromium refuses to run as root with its sandbox on (CI runs as root). */
const ROOT_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function electronBackend(binary: string): AppBackend {
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

interface TrayDescription {
  tooltip: string;
  menu: MenuDescription[] | null;
}
interface MenuDescription {
  id: string | null;
  label: string;
  submenu: MenuDescription[] | null;
}

const flattenDescribed = (items: MenuDescription[]): string[] =>
  items.flatMap((item) =>
    item.submenu ? [item.label, ...flattenDescribed(item.submenu)] : item.id ? [item.label] : [],
  );

function standInBackend(browser: WindowBrowser): AppBackend {
  const apps = new Set<ReturnType<typeof startStandIn>>();
  const env = { UNKNOT_STANDIN_CDP: browser.endpoint };
  const pages = () => browser.context.pages().filter((page) => !page.isClosed());
  return {
    name: 'stand-in Electron (real main bundle under Node)',
    playsPackaged: true,
    async launch(userData, args = [], extraEnv = {}) {
      const app = startStandIn({ args, env: { ...env, UNKNOT_USER_DATA: userData, ...extraEnv } });
      apps.add(app);
      const tray = async () => (await app.control<TrayDescription[]>({ op: 'tray' }))[0] ?? null;
      const windowNamed = (name: PageName) =>
        waitFor(
          `the ${name} window`,
          () => pages().find((page) => pageOf(page.url()) === name) ?? null,
        );
      await waitFor('the tray', async () => {
        if (app.child.exitCode !== null) throw new Error(`the app exited\n${app.output().stderr}`);
        return (await tray().catch(() => null))?.menu ? true : null;
      }).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${app.output().stderr}`);
      });
      return {
        trayTooltip: async () => (await tray())?.tooltip ?? '',
        trayMenuLabels: async () => flattenDescribed((await tray())?.menu ?? []),
        async clickTray(...labels) {
          await app.control({ op: 'clickTray', labels });
        },
        window: windowNamed,
        async applicationMenu() {
          const calls = await app.control<{ api: string; args: unknown[] }[]>({ op: 'calls' });
          const set = calls.filter((call) => call.api === 'Menu.setApplicationMenu').pop();
          const items = (set?.args[0] ?? []) as (MenuDescription & { role: string | null })[];
          return items.flatMap((item) => [
            item.role ? item.role.toLowerCase() : item.label,
            ...((item.submenu ?? []) as (MenuDescription & { role: string | null })[]).map((sub) =>
              sub.role ? sub.role.toLowerCase() : sub.label,
            ),
          ]);
        },
        async openWindows() {
          const open = await app.control<{ url: string }[]>({ op: 'windows' });
          return open.flatMap((window) => pageOf(window.url) ?? []);
        },
        async closeFromFrame(name) {
          const page = await windowNamed(name);
          await app.control({ op: 'closeWindow', urlIncludes: `/${name}.html` });
          await waitFor(`the ${name} window to close`, () => (page.isClosed() ? true : null));
        },
        async close() {
          apps.delete(app);
          await app.quit();
          // Pages the app did not get to close must not leak into the next test.
          await Promise.all(pages().map((page) => page.close().catch(() => undefined)));
        },
      };
    },
    runCli: (userData, args, options) =>
      run(
        process.execPath,
        ['--import', REGISTER, MAIN, ...args],
        { ...process.env, ...env, UNKNOT_USER_DATA: userData },
        options?.pipeToCat ?? false,
      ),
    async dispose() {
      await Promise.all([...apps].map((app) => app.quit()));
      await browser.close();
    },
  };
}

/** The backend for this machine; null with a reason when neither can run. */
export async function openBackend(): Promise<AppBackend | { skip: string }> {
  const choice = chooseElectronBackend();
  if (choice.kind === 'electron') return electronBackend(choice.path);
  const chromium = findChromium();
  if (chromium.path === null) return { skip: `${choice.why}, and ${chromium.skip}` };
  return standInBackend(await launchWindowBrowser(chromium.path));
}
