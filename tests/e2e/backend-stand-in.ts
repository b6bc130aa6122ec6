import { MAIN, REGISTER, startStandIn, type WindowBrowser } from '../shell/launch';
import type { AppBackend, PageName } from './electron-app-backends';
import { pageOf, run, waitFor } from './backend-support';

/** The Electron spec's backend without the binary: the real main bundle under the stand-in. */
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

export function standInBackend(browser: WindowBrowser): AppBackend {
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
        async activate() {
          await app.control({ op: 'activate' });
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
