import { EventEmitter } from 'node:events';
import { record } from './recorder';
import type { LikeElectron } from './typing';

/** powerMonitor: idle time and lock/suspend events scripted by the test. */
export class StandInPowerMonitor
  extends EventEmitter
  implements LikeElectron<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>
{
  idleSeconds = 0;
  getSystemIdleTime = (): number => this.idleSeconds;
  getSystemIdleState = (threshold: number): 'active' | 'idle' =>
    this.idleSeconds >= threshold ? 'idle' : 'active';
}
export const powerMonitor = new StandInPowerMonitor();

const DISPLAYS: Electron.Display[] = [
  display(1, { x: 0, y: 0, width: 1920, height: 1080 }),
  display(2, { x: 1920, y: 0, width: 1280, height: 1024 }),
];

function display(id: number, bounds: Electron.Rectangle): Electron.Display {
  return {
    id,
    label: `Display ${id}`,
    bounds,
    workArea: { ...bounds, height: bounds.height - 40 },
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: bounds.width, height: bounds.height - 40 },
    scaleFactor: 1,
    rotation: 0,
    internal: id === 1,
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    displayFrequency: 60,
    detected: true,
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
    touchSupport: 'unknown',
  };
}

/** Two displays side by side; the pointer is where the test puts it. */
export class StandInScreen
  extends EventEmitter
  implements
    LikeElectron<
      Electron.Screen,
      'getAllDisplays' | 'getPrimaryDisplay' | 'getCursorScreenPoint' | 'getDisplayNearestPoint'
    >
{
  cursor: Electron.Point = { x: 200, y: 200 };
  getAllDisplays = (): Electron.Display[] => DISPLAYS;
  getPrimaryDisplay = (): Electron.Display => DISPLAYS[0] as Electron.Display;
  getCursorScreenPoint = (): Electron.Point => ({ ...this.cursor });
  getDisplayNearestPoint(point: Electron.Point): Electron.Display {
    const inside = DISPLAYS.find(
      ({ bounds: b }) =>
        point.x >= b.x && point.x < b.x + b.width && point.y >= b.y && point.y < b.y + b.height,
    );
    return inside ?? this.getPrimaryDisplay();
  }
}
export const screen = new StandInScreen();

export class StandInNativeTheme extends EventEmitter {
  shouldUseDarkColors = process.env.UNKNOT_STANDIN_DARK === '1';
  shouldUseDarkColorsForSystemIntegratedUI = this.shouldUseDarkColors;
  shouldUseHighContrastColors = false;
  themeSource: Electron.NativeTheme['themeSource'] = 'system';
}
export const nativeTheme = new StandInNativeTheme();

/** Registered accelerators; the control channel can press one. */
export const shortcuts = new Map<string, () => void>();
export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    record('globalShortcut.register', accelerator);
    if (shortcuts.has(accelerator)) return false;
    shortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    record('globalShortcut.unregister', accelerator);
    shortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    shortcuts.clear();
  },
  isRegistered: (accelerator: string): boolean => shortcuts.has(accelerator),
} satisfies LikeElectron<
  Electron.GlobalShortcut,
  'register' | 'unregister' | 'unregisterAll' | 'isRegistered'
>;

/** What the next open dialogs answer, one each, in turn (control op answerOpenDialog). */
export const openDialogAnswers: string[][] = [];

/**
 * Dialogs answer at once: error boxes also go to stderr, where a test can read them; an
 * open dialog is cancelled unless the test gave it an answer.
 */
export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', title, content);
    process.stderr.write(`[stand-in dialog] ${title}\n${content}\n`);
  },
  async showMessageBox(...args: unknown[]): Promise<Electron.MessageBoxReturnValue> {
    record('dialog.showMessageBox', ...args.filter((arg) => !isWindow(arg)));
    return { response: 0, checkboxChecked: false };
  },
  async showSaveDialog(...args: unknown[]): Promise<Electron.SaveDialogReturnValue> {
    record('dialog.showSaveDialog', ...args.filter((arg) => !isWindow(arg)));
    return { canceled: true, filePath: '' };
  },
  async showOpenDialog(
    ...args: [Electron.BaseWindow, Electron.OpenDialogOptions] | [Electron.OpenDialogOptions]
  ): Promise<Electron.OpenDialogReturnValue> {
    record('dialog.showOpenDialog', ...args.filter((arg) => !isWindow(arg)));
    const filePaths = openDialogAnswers.shift();
    return filePaths ? { canceled: false, filePaths } : { canceled: true, filePaths: [] };
  },
} satisfies LikeElectron<
  typeof Electron.dialog,
  'showErrorBox' | 'showMessageBox' | 'showSaveDialog' | 'showOpenDialog'
>;

function isWindow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'webContents' in value;
}

export const shell = {
  async openPath(path: string): Promise<string> {
    record('shell.openPath', path);
    return '';
  },
  async openExternal(url: string): Promise<void> {
    record('shell.openExternal', url);
  },
  showItemInFolder(fullPath: string): void {
    record('shell.showItemInFolder', fullPath);
  },
} satisfies LikeElectron<Electron.Shell, 'openPath' | 'openExternal' | 'showItemInFolder'>;

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: unknown): void {
      record('session.setPermissionRequestHandler', handler);
    },
    setPermissionCheckHandler(handler: unknown): void {
      record('session.setPermissionCheckHandler', handler);
    },
  } satisfies Partial<Record<keyof Electron.Session, unknown>>,
};

/** Electron's own notifications: recorded, never shown. */
export class Notification
  extends EventEmitter
  implements LikeElectron<Electron.Notification, 'show' | 'close'>
{
  static isSupported: typeof Electron.Notification.isSupported = () => true;
  constructor(readonly options: Electron.NotificationConstructorOptions = {}) {
    super();
  }
  show(): void {
    record('Notification.show', this.options);
  }
  close(): void {
    record('Notification.close', this.options.title);
  }
}
