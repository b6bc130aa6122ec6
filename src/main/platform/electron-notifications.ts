import type { NotificationConstructorOptions } from 'electron';
import type { DesktopNotice, DesktopNotifier, NoticeResponse } from '../ports';

/**
 * macOS notices through Electron's own Notification (UNUserNotificationCenter): it
 * shows buttons and reports which one was pressed, and it runs natively on Apple
 * Silicon, where node-notifier's bundled terminal-notifier is an x86_64 binary.
 */

/** The part of Electron's Notification this adapter uses (a recorder in tests). */
export interface NativeNotice {
  on(event: 'action', listener: (details: { actionIndex: number }) => void): unknown;
  on(event: 'click' | 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
}

export interface ElectronNotifierOptions {
  create(options: NotificationConstructorOptions): NativeNotice;
  log?: (message: string) => void;
}

export function createElectronNotifier(options: ElectronNotifierOptions): DesktopNotifier & {
  /** Notices on screen; held so they are not garbage-collected before they answer. */
  readonly live: number;
} {
  const log = options.log ?? ((message: string) => console.warn(message));
  const live = new Set<NativeNotice>();
  return {
    get live() {
      return live.size;
    },
    show(notice: DesktopNotice, onResponse?: (response: NoticeResponse) => void): void {
      const actions = onResponse ? (notice.actions ?? []) : [];
      const native = options.create({
        title: notice.title,
        body: notice.body,
        actions: actions.map((text) => ({ type: 'button', text })),
      });
      const answer = (response: NoticeResponse): void => {
        if (!live.delete(native)) return; // answered already (a click is followed by close)
        onResponse?.(response);
      };
      native.on('action', ({ actionIndex }) => {
        const action = actions[actionIndex];
        answer(action === undefined ? { type: 'click' } : { type: 'action', action });
      });
      native.on('click', () => answer({ type: 'click' }));
      native.on('close', () => answer({ type: 'dismissed' }));
      native.on('failed', (_event, error) => {
        live.delete(native);
        log(`[notifications] the notice could not be shown (${error}); it goes to the log only`);
      });
      live.add(native);
      native.show();
    },
  };
}
