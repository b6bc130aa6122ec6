import type { FocusRead } from './platform/focus-watch';

/**
 * Sources without a signal (the camera via /proc, X11 fullscreen, every Windows and
 * macOS source) are read only at the engine's wake-ups, and while a break is held the
 * next one may be the end of the longest hold, hours away. So while focus comes from
 * such a source, they are read again a minute after the last read: the end of a call
 * is seen within a minute (issue 15). Otherwise nothing is scheduled, so a day without
 * calls costs no wake-up.
 */

/** The longest a polled source's end of focus may go unseen. */
export const RECHECK_MS = 60_000;

export interface FocusRecheck {
  /** Called after every read of the sources: schedules the next re-read or cancels it. */
  afterRead(read: FocusRead): void;
  stop(): void;
}

/** Whether only a signal-less source can say when this focus ends. */
export function needsRecheck({ focus, signalled }: FocusRead): boolean {
  return focus !== 'none' && focus !== signalled;
}

export function createFocusRecheck(
  /** Reads the signal-less sources again; its read comes back through `afterRead`. */
  rereadPolled: () => Promise<unknown>,
  log: (line: string) => void = () => undefined,
): FocusRecheck {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    afterRead(read) {
      // Any read, a wake-up's too, counts: the next comes a minute after the last.
      cancel();
      if (stopped || !needsRecheck(read)) return;
      timer = setTimeout(() => {
        timer = null;
        rereadPolled().catch((error: unknown) => log(`[focus] re-read failed: ${String(error)}`));
      }, RECHECK_MS);
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}
