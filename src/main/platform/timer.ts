import type { Instant } from '../../core/time';

/** Longest delay setTimeout accepts; a later deadline is reached by re-arming. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Monotonic ms from performance.now(), wall ms from Date.now(). */
export function readClock(): Instant {
  return { mono: performance.now(), wall: Date.now() };
}

export interface OneShotTimer {
  set(atMono: number | null, fire: () => void): void;
}

/** The app's single timer: arming it again replaces the earlier deadline. */
export function createOneShotTimer(monoNow: () => number = () => performance.now()): OneShotTimer {
  let handle: ReturnType<typeof setTimeout> | null = null;
  const arm = (atMono: number | null, fire: () => void): void => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
    if (atMono === null) return;
    const delay = Math.max(0, atMono - monoNow());
    handle = setTimeout(
      () => {
        handle = null;
        if (delay > MAX_DELAY_MS) arm(atMono, fire);
        else fire();
      },
      Math.min(delay, MAX_DELAY_MS),
    );
  };
  return { set: arm };
}
