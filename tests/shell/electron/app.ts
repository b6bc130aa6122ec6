import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { record } from './recorder';
import { SingleInstanceLock } from './single-instance';
import type { LikeElectron } from './typing';

type PathName = Parameters<Electron.App['getPath']>[0];

/** The app folder: where the package.json above the main script is (as Electron finds it). */
function findAppPath(): string {
  let folder = dirname(resolve(process.argv[1] ?? '.'));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}

const appPath = findAppPath();
const manifest = JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as {
  name: string;
  productName?: string;
  version: string;
};

/** An event whose default the app may prevent, as Electron's are. */
export function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type Member =
  | 'getPath'
  | 'setPath'
  | 'getName'
  | 'getVersion'
  | 'getAppPath'
  | 'getSystemLocale'
  | 'getPreferredSystemLanguages'
  | 'getLocale'
  | 'isReady'
  | 'whenReady'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'focus'
  | 'setAppUserModelId'
  | 'setLoginItemSettings'
  | 'isPackaged';

/** Electron's `app` for the real main bundle under Node. */
export class StandInApp extends EventEmitter implements LikeElectron<Electron.App, Member> {
  /** UNKNOT_STANDIN_PACKAGED=1 plays a packaged build (menus, autostart, dev server). */
  readonly isPackaged = process.env.UNKNOT_STANDIN_PACKAGED === '1';
  /** Only macOS has a dock. */
  readonly dock = undefined;
  private readonly paths = new Map<string, string>([
    ['home', homedir()],
    ['appData', join(homedir(), '.config')],
    ['userData', join(homedir(), '.config', manifest.productName ?? manifest.name)],
    ['temp', tmpdir()],
    ['documents', join(homedir(), 'Documents')],
    ['downloads', join(homedir(), 'Downloads')],
    ['exe', process.execPath],
    ['logs', join(homedir(), '.config', manifest.name, 'logs')],
  ]);
  private ready = false;
  private readonly readyPromise: Promise<void>;
  private lock: SingleInstanceLock | null = null;
  /** Work to finish before the process ends (closing Chromium pages). */
  private readonly onExit: (() => Promise<void>)[] = [];
  private quitting = false;

  constructor() {
    super();
    // Ready once the main module has run its first turn, as Electron's ready follows load.
    this.readyPromise = new Promise((done) =>
      setTimeout(() => {
        this.ready = true;
        this.emit('ready', preventable(), {});
        done();
      }, 0),
    );
  }

  getPath(name: PathName): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`electron stand-in: no path "${name}"`);
    return path;
  }

  setPath(name: string, path: string): void {
    if (this.ready && name === 'userData' && this.lock) {
      throw new Error('electron stand-in: userData changed after the single-instance lock');
    }
    this.paths.set(name, path);
  }

  getName = (): string => manifest.productName ?? manifest.name;
  getVersion = (): string => manifest.version;
  getAppPath = (): string => appPath;
  getSystemLocale = (): string => process.env.UNKNOT_STANDIN_LOCALE ?? 'en-GB';
  getLocale = (): string => this.getSystemLocale();
  /** The OS's languages, most preferred first; UNKNOT_STANDIN_LANGUAGES="de-AT,en-US" sets them. */
  getPreferredSystemLanguages = (): string[] =>
    (process.env.UNKNOT_STANDIN_LANGUAGES ?? this.getSystemLocale()).split(',');
  isReady = (): boolean => this.ready;
  whenReady = (): Promise<void> => this.readyPromise;

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lock ??= new SingleInstanceLock(this.getPath('userData'));
    return this.lock.request(additionalData ?? null, (message) =>
      this.emit('second-instance', preventable(), message.argv, message.cwd, message.data),
    );
  }

  hasSingleInstanceLock = (): boolean => this.lock?.has() ?? false;
  releaseSingleInstanceLock = (): void => this.lock?.release();

  /** Registers cleanup the stand-in itself needs before exit (never the app's own). */
  beforeExit(task: () => Promise<void>): void {
    this.onExit.push(task);
  }

  quit(): void {
    if (this.quitting) return;
    const before = preventable();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    void this.closeAllWindows().then(() => {
      const will = preventable();
      this.emit('will-quit', will);
      if (will.defaultPrevented) {
        this.quitting = false;
        return;
      }
      this.emit('quit', preventable(), 0);
      void this.finish(0);
    });
  }

  exit(exitCode = 0): void {
    void this.finish(exitCode);
  }

  relaunch(options?: Electron.RelaunchOptions): void {
    record('app.relaunch', options);
  }

  focus(options?: Electron.FocusOptions): void {
    record('app.focus', options);
  }

  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    record('app.setLoginItemSettings', settings);
  }

  /** Set by browser-window.ts: closes every window as quitting does in Electron. */
  closeAllWindows: () => Promise<void> = async () => undefined;

  private async finish(code: number): Promise<void> {
    this.lock?.release();
    await Promise.allSettled(this.onExit.map((task) => task()));
    process.exit(code);
  }
}

export const app = new StandInApp();
