import {
  app,
  BrowserWindow,
  screen,
  type BrowserWindowConstructorOptions,
  type WebContents,
} from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WindowKind } from '../../shared/domain';
import type { EventName, EventPayload } from '../../shared/ipc';
import { ipcContract } from '../../shared/ipc';
import { getPageUrl } from './page-url';

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
/** The built pages (inside app.asar when packaged), served as app://unknot/. */
export const RENDERER_DIR = join(here, '../renderer');

/** Which of our windows each live webContents belongs to; anything else is a stranger. */
const registry = new Map<number, { kind: WindowKind; window: BrowserWindow }>();

/** The page URL a window of `kind` loads: the dev server in `electron-vite dev`, app:// otherwise. */
function pageUrl(kind: WindowKind): string {
  return getPageUrl(kind, {
    devServer: process.env.ELECTRON_RENDERER_URL,
    packaged: app.isPackaged,
  });
}

function isOurPage(url: string, kind: WindowKind): boolean {
  return url.split(/[?#]/)[0] === pageUrl(kind);
}

/** A window with every web preference locked down; navigation and popups refused. */
export function createAppWindow(
  kind: WindowKind,
  options: BrowserWindowConstructorOptions,
): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const { webContents } = window;
  const id = webContents.id;
  registry.set(id, { kind, window });
  window.on('closed', () => registry.delete(id));
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  webContents.on('will-navigate', (event) => event.preventDefault());
  webContents.on('will-redirect', (event) => event.preventDefault());
  void window.loadURL(pageUrl(kind));
  return window;
}

/** The kind of window that sent an IPC message, or null for anything we did not create. */
export function identifySender(
  sender: WebContents,
  frameUrl: string | undefined,
): WindowKind | null {
  const entry = registry.get(sender.id);
  if (!entry || frameUrl === undefined || !isOurPage(frameUrl, entry.kind)) return null;
  return entry.kind;
}

export function findWindow(kind: WindowKind): BrowserWindow | null {
  for (const entry of registry.values()) if (entry.kind === kind) return entry.window;
  return null;
}

/** Pushes an event to every open window of ours. */
export function broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
  for (const { window } of registry.values()) {
    if (!window.isDestroyed()) window.webContents.send(ipcContract.events[event].channel, payload);
  }
}

/** Bounds of the display under the mouse pointer, where a break should appear. */
export function displayUnderPointer(): Electron.Rectangle {
  return screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
}
