import { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import { app, preventable } from './app';
import { browserContext } from './browser-host';
import { ipcMain } from './ipc-main';
import { EMIT_HOOK, INVOKE_BINDING, preloadScript } from './preload-host';
import { protocol } from './protocol';
import { record } from './recorder';
import type { LikeElectron } from './typing';

type WindowOpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0];

let nextId = 1;
const windows = new Set<BrowserWindow>();

/** A window's web contents: its page, the sends main makes to it, its guards. */
export class WebContents
  extends EventEmitter
  implements
    LikeElectron<
      Electron.WebContents,
      'id' | 'send' | 'setWindowOpenHandler' | 'getURL' | 'isDestroyed' | 'focus' | 'openDevTools'
    >
{
  readonly id = nextId++;
  windowOpenHandler: WindowOpenHandler | null = null;

  constructor(private readonly owner: BrowserWindow) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    void this.owner.withPage((page) =>
      page.evaluate(
        ([hook, name, payload]) =>
          (window as unknown as Record<string, (c: string, p: unknown) => void>)[hook]?.(
            name,
            payload,
          ),
        [EMIT_HOOK, channel, args[0]] as const,
      ),
    );
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  getURL = (): string => this.owner.url;
  isDestroyed = (): boolean => this.owner.isDestroyed();
  focus = (): void => this.owner.focus();
  openDevTools(options?: Electron.OpenDevToolsOptions): void {
    record('webContents.openDevTools', options);
  }
}

type Member =
  | 'show'
  | 'showInactive'
  | 'focus'
  | 'close'
  | 'destroy'
  | 'isDestroyed'
  | 'isMinimized'
  | 'restore'
  | 'isVisible'
  | 'isFocused'
  | 'flashFrame'
  | 'setIgnoreMouseEvents'
  | 'getBounds'
  | 'setBounds'
  | 'getTitle'
  | 'loadURL';

/** A BrowserWindow is a Chromium page sized as the window, running the real preload. */
export class BrowserWindow
  extends EventEmitter
  implements LikeElectron<Electron.BrowserWindow, Member>
{
  static getAllWindows(): BrowserWindow[] {
    return [...windows];
  }

  static getFocusedWindow(): BrowserWindow | null {
    return [...windows].find((window) => window.focused) ?? null;
  }

  readonly id: number;
  readonly webContents: WebContents;
  readonly options: Electron.BrowserWindowConstructorOptions;
  url = '';
  private bounds: Electron.Rectangle;
  private visible = false;
  private focused = false;
  private destroyed = false;
  private page: Promise<Page> | null = null;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.webContents = new WebContents(this);
    this.id = this.webContents.id;
    // The page is exactly width × height, as real Electron makes it with useContentSize,
    // which every framed window of ours sets (src/main/platform/window-options.ts).
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    windows.add(this);
    if (options.show !== false) this.visible = true;
  }

  /** Runs `task` once the page has loaded; nothing once the window is gone. */
  async withPage<T>(task: (page: Page) => Promise<T>): Promise<T | undefined> {
    if (!this.page || this.destroyed) return undefined;
    return task(await this.page);
  }

  loadURL(url: string): Promise<void> {
    this.url = url;
    this.page = this.openPage(url);
    return this.page.then(() => {
      if (!this.destroyed) this.emit('ready-to-show', preventable());
    });
  }

  private async openPage(url: string): Promise<Page> {
    const page = await (await browserContext()).newPage();
    page.on('pageerror', (error) => console.error(`[stand-in page ${url}] ${error.message}`));
    page.on('close', () => {
      // Closed from outside (the test's own client): the window is gone as from its frame.
      if (!this.destroyed) this.close();
    });
    await page.setViewportSize({ width: this.bounds.width, height: this.bounds.height });
    await page.exposeBinding(INVOKE_BINDING, (source, channel: string, ...args: unknown[]) =>
      ipcMain.invoke(
        {
          sender: this.webContents,
          senderFrame: { url: protocol.fromBrowserUrl(source.frame.url()) },
          processId: 1,
          frameId: 1,
        },
        channel,
        args,
      ),
    );
    await page.addInitScript({ content: preloadScript(this.options.webPreferences?.preload) });
    if (this.destroyed) {
      await page.close();
      return page;
    }
    await page.goto(await protocol.toBrowserUrl(url));
    return page;
  }

  show(): void {
    this.visible = true;
    this.focused = true;
    record('window.show', this.id);
  }

  showInactive(): void {
    this.visible = true;
  }

  focus(): void {
    this.focused = true;
    record('window.focus', this.id);
  }

  /** As the frame's close button: 'close' may be prevented; otherwise the window goes. */
  close(): void {
    if (this.destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.delete(this);
    void this.page?.then((page) => page.close()).catch(() => undefined);
    this.emit('closed');
    if (windows.size === 0) app.emit('window-all-closed', preventable());
  }

  isDestroyed = (): boolean => this.destroyed;
  isMinimized = (): boolean => false;
  restore = (): void => undefined;
  isVisible = (): boolean => this.visible;
  isFocused = (): boolean => this.focused;
  getTitle = (): string => this.options.title ?? '';
  getBounds = (): Electron.Rectangle => ({ ...this.bounds });

  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
    void this.withPage((page) =>
      page.setViewportSize({ width: this.bounds.width, height: this.bounds.height }),
    );
  }

  flashFrame(flag: boolean): void {
    record('window.flashFrame', this.id, flag);
  }

  setIgnoreMouseEvents(ignore: boolean): void {
    record('window.setIgnoreMouseEvents', this.id, ignore);
  }

  /** What the control channel reports about this window. */
  describe(): Record<string, unknown> {
    return {
      id: this.id,
      url: this.url,
      title: this.getTitle(),
      bounds: this.getBounds(),
      visible: this.visible,
      focused: this.focused,
      alwaysOnTop: this.options.alwaysOnTop ?? false,
      opacity: this.options.opacity ?? 1,
    };
  }
}

app.closeAllWindows = async () => {
  for (const window of [...windows]) window.close();
};
