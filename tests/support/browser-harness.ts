import type { ProgrammeDialogs } from '../../src/main/handlers/context';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import type { WindowKind } from '../../src/shared/domain';
import { ipcContract } from '../../src/shared/ipc';
import { createMainServices, type MainServices } from '../../src/main/services';
import { launchChromium } from './chromium';
import { createRecordingShell } from './recording-shell';
import { serveDirectory } from './static-server';

const RENDERER_DIR = resolve('out/renderer');
export const RESULTS_DIR = resolve('test-results');

let bridgeScript: Promise<string> | null = null;

/** Bundles the page bridge (the real facade) into one script, once per test process. */
function getBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve('tests/support/browser/page-bridge.ts'),
        formats: ['iife'],
        name: 'unknotBridge',
      },
    },
  }).then((output) => {
    const result = Array.isArray(output) ? output[0] : output;
    if (!result || !('output' in result)) throw new Error('page bridge build gave no output');
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('page bridge build gave no chunk');
    return chunk.code;
  });
  return bridgeScript;
}

export interface BrowserHarness {
  services: MainServices;
  shell: ReturnType<typeof createRecordingShell>;
  /** Paths the page asked the OS to open ("Open data folder"). */
  openedPaths: string[];
  /** Opens one of our windows as a page whose `window.unknot` reaches `services`. */
  openWindow(
    kind: WindowKind,
    options?: {
      width?: number;
      height?: number;
      colorScheme?: 'light' | 'dark';
      reducedMotion?: 'reduce' | 'no-preference';
      beforeLoad?: (page: Page) => Promise<void>;
      /** The URL hash to open with, e.g. a settings page ('data'). */
      hash?: string;
    },
  ): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The renderer in real Chromium, its IPC answered by the real main-side services
 * (stores on real files in `dataDir`), with a manual clock and recorded window calls.
 */
export async function createBrowserHarness(options: {
  chromiumPath: string;
  dataDir: string;
  postureEverySeconds?: number;
  timeZone?: string;
  /** The manual clock's starting wall time (see recording-shell). */
  wall0?: number;
  locale?: string;
  /** How the save dialog answers: a path, or null for "cancelled". Default: cancelled. */
  exportPath?: string | null;
  /** "My programme"'s file dialogs; default: none (those channels say so). */
  programmeDialogs?: ProgrammeDialogs;
  /** The save dialog itself, for a test that holds it open (overrides `exportPath`). */
  chooseExportPath?: (defaultName: string) => Promise<string | null>;
  /** A browser to open pages in, shared by several harnesses; it is left open at close. */
  browser?: Browser;
}): Promise<BrowserHarness> {
  const shell = createRecordingShell({ wall0: options.wall0 });
  const pages = new Set<Page>();
  const openedPaths: string[] = [];
  const services = createMainServices({
    desktop: {
      openPath: async (path) => {
        openedPaths.push(path);
        return '';
      },
    },
    dataDir: options.dataDir,
    timeZone: options.timeZone ?? 'Europe/Berlin',
    postureEverySeconds: options.postureEverySeconds,
    locale: options.locale ?? 'en-GB',
    ...(options.programmeDialogs ? { programmeDialogs: options.programmeDialogs } : {}),
    chooseExportPath: (defaultName) => {
      shell.calls.chooseExportPath.push(defaultName);
      if (options.chooseExportPath) return options.chooseExportPath(defaultName);
      return Promise.resolve(options.exportPath ?? null);
    },
    shell: {
      ...shell.ports,
      broadcast: (event, payload) => {
        shell.ports.broadcast(event, payload);
        for (const page of pages) {
          void page
            .evaluate(
              ([channel, body]) =>
                (
                  window as unknown as { __unknotEmit?: (c: string, p: unknown) => void }
                ).__unknotEmit?.(channel, body),
              // The page's bridge listens by channel name, as ipcRenderer does.
              [ipcContract.events[event].channel, payload] as const,
            )
            .catch(() => undefined);
        }
      },
    },
  });
  const [server, browser, bridge] = await Promise.all([
    serveDirectory(RENDERER_DIR),
    options.browser ?? launchChromium(options.chromiumPath),
    getBridgeScript(),
  ]);
  return {
    services,
    shell,
    openedPaths,
    async openWindow(kind, windowOptions = {}) {
      // A context per window (axe-core's Playwright builder needs pages made this way).
      const context = await (browser as Browser).newContext({
        viewport: { width: windowOptions.width ?? 800, height: windowOptions.height ?? 600 },
        colorScheme: windowOptions.colorScheme ?? 'light',
        reducedMotion: windowOptions.reducedMotion ?? 'no-preference',
      });
      const page = await context.newPage();
      pages.add(page);
      page.on('close', () => {
        pages.delete(page);
        // The browser may be closing already, taking the context with it.
        context.close().catch(() => undefined);
      });
      // The binding plays ipcMain: the router knows which window is calling.
      await page.exposeBinding('__unknotInvoke', (_source, channel: string, payload: unknown) =>
        services.router.handle(channel, payload, kind),
      );
      await page.addInitScript({ content: bridge });
      await windowOptions.beforeLoad?.(page);
      await page.goto(
        `${server.url}/${kind}.html${windowOptions.hash ? `#${windowOptions.hash}` : ''}`,
      );
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const path = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      services.controller.stop();
      if (options.browser) await Promise.all([...pages].map((page) => page.close()));
      else await browser.close();
      await server.close();
    },
  };
}
