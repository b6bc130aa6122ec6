import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import notifier from 'node-notifier';
import type { DesktopNotice, DesktopNotifier, NoticeResponse } from '../ports';

/**
 * The options node-notifier passes on to notify-send, terminal-notifier or SnoreToast.
 * Spelled out here because @types/node-notifier lacks `app-name`.
 */
interface NotifierOptions {
  title: string;
  message: string;
  'app-name'?: string;
  appID?: string;
  icon?: string;
  wait?: boolean;
  actions?: string[];
  /** notify-send: ms before the notice expires. */
  'expire-time'?: number;
}

interface NotifierMetadata {
  activationType?: string;
  activationValue?: string;
  button?: string;
}

type NotifierCallback = (
  error: Error | null,
  response: string,
  metadata?: NotifierMetadata,
) => void;

/** The part of node-notifier we use; tests pass the real module too. */
export interface NotifierBackend {
  notify(options: NotifierOptions, callback: NotifierCallback): unknown;
}

export interface NotifierOptionsIn {
  appName: string;
  /** Windows: the AppUserModelID the toast is sent as (the installer's shortcut carries it). */
  appId?: string;
  icon?: string;
  platform?: NodeJS.Platform;
  backend?: NotifierBackend;
  log?: (message: string) => void;
}

/**
 * Where a helper binary of node-notifier really is. Inside a packaged app the module
 * sits in app.asar, which can hold no runnable .app or .exe; electron-builder unpacks
 * the vendor folder beside it (asarUnpack) and this points there.
 */
export function getUnpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** node-notifier for this platform, told where its unpacked helper binary is. */
function createPlatformBackend(platform: NodeJS.Platform): NotifierBackend {
  const root = dirname(createRequire(import.meta.url).resolve('node-notifier/package.json'));
  const vendor = (relative: string): string => getUnpackedPath(join(root, 'vendor', relative));
  if (platform === 'darwin') {
    return new notifier.NotificationCenter({
      withFallback: true,
      customPath: vendor('mac.noindex/terminal-notifier.app/Contents/MacOS/terminal-notifier'),
    }) as unknown as NotifierBackend;
  }
  if (platform === 'win32') {
    const arch = process.arch === 'ia32' ? 'x86' : 'x64';
    return new notifier.WindowsToaster({
      withFallback: true,
      customPath: vendor(`snoreToast/snoretoast-${arch}.exe`),
    }) as unknown as NotifierBackend;
  }
  return notifier as unknown as NotifierBackend;
}

/** Who carries a notice on each platform (see createPlatformNotifier). */
export type NoticeBackend = 'freedesktop' | 'electron' | 'node-notifier';

/**
 * Linux: org.freedesktop.Notifications on the session bus (buttons, clicks); notify-send
 * through node-notifier only where there is no bus. macOS: Electron's Notification
 * (terminal-notifier is x86_64 only). Windows: node-notifier's SnoreToast, which
 * delivers buttons and clicks.
 */
export function getNoticeBackend(platform: NodeJS.Platform, hasSessionBus: boolean): NoticeBackend {
  if (platform === 'darwin') return 'electron';
  if (platform === 'linux' && hasSessionBus) return 'freedesktop';
  return 'node-notifier';
}

/** Whether notices show Snooze / Start now; where not, their text says what happens instead. */
export function supportsNoticeActions(platform: NodeJS.Platform, hasSessionBus = true): boolean {
  const backend = getNoticeBackend(platform, hasSessionBus);
  return backend !== 'node-notifier' || platform === 'win32';
}

/** Turns node-notifier's answer into ours; the answer's wording differs per notifier. */
export function toNoticeResponse(
  actions: readonly string[],
  response: string,
  metadata: NotifierMetadata | undefined,
): NoticeResponse {
  const chosen = metadata?.activationValue ?? metadata?.button;
  if (chosen !== undefined && actions.includes(chosen)) return { type: 'action', action: chosen };
  const said = response.toLowerCase();
  const direct = actions.find((action) => action.toLowerCase() === said);
  if (direct) return { type: 'action', action: direct };
  if (said === 'activate' || said === 'clicked' || metadata?.activationType === 'contentsClicked') {
    return { type: 'click' };
  }
  return { type: 'dismissed' };
}

/**
 * Native notifications through node-notifier. When no notification service answers
 * (no daemon, no bus, no notify-send) it says so once in the log and carries on.
 */
export function createDesktopNotifier(options: NotifierOptionsIn): DesktopNotifier & {
  readonly failures: number;
} {
  const platform = options.platform ?? process.platform;
  const backend: NotifierBackend = options.backend ?? createPlatformBackend(platform);
  const log = options.log ?? ((message: string) => console.warn(message));
  let failures = 0;
  return {
    get failures() {
      return failures;
    },
    show(notice: DesktopNotice, onResponse?: (response: NoticeResponse) => void): void {
      // terminal-notifier and SnoreToast show buttons; notify-send shows none.
      const showsActions = platform === 'darwin' || platform === 'win32';
      const actions = showsActions ? (notice.actions ?? []) : [];
      const request: NotifierOptions = {
        title: notice.title,
        message: notice.body,
        'app-name': options.appName,
        appID: options.appId ?? options.appName,
        wait: onResponse !== undefined && platform !== 'linux',
      };
      if (options.icon) request.icon = options.icon;
      if (actions.length > 0) request.actions = actions;
      const callback: NotifierCallback = (error, response, metadata) => {
        if (error) {
          failures += 1;
          if (failures === 1) {
            log(
              `[notifications] no notification service answered (${error.message}); notices go to the log only`,
            );
          }
          return;
        }
        if (request.wait) onResponse?.(toNoticeResponse(actions, response ?? '', metadata));
      };
      try {
        backend.notify(request, callback);
      } catch (error) {
        callback(error instanceof Error ? error : new Error(String(error)), '');
      }
    },
  };
}

/**
 * Writes the notices' icon to a real file: notify-send and SnoreToast read a path,
 * and files inside the app's asar are not paths they can open. Undefined on failure.
 */
export function writeNoticeIcon(path: string, png: Buffer): string | undefined {
  try {
    writeFileSync(path, png);
    return path;
  } catch (error) {
    console.warn(`[notifications] no icon for notices: ${String(error)}`);
    return undefined;
  }
}
