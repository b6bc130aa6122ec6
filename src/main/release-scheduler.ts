import type { EngineInput } from '../core/engine-types';
import { getReleaseLookAt } from '../core/release-session';
import type { Settings } from '../shared/settings/schema';

/**
 * Longest single wait. Resume and unlock call `recheck()` at once, so this only bounds
 * how late a hand-changed clock can make the session, at four wake-ups a day.
 */
const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

export interface ReleaseSchedulerDeps {
  dispatch(input: EngineInput): void;
  getSettings(): Settings;
  /** Calls the listener after every settings change; returns the unsubscribe. */
  onSettingsChange(listener: (settings: Settings) => void): () => void;
  /** Wall clock, epoch ms. */
  now(): number;
  timeZone(): string;
}

export interface ReleaseScheduler {
  /** The wall time of the next look; null while the session is off. */
  nextAt(): number | null;
  /** Looks at the clock again now (after sleep or an unlock, when timers stood still). */
  recheck(): void;
  stop(): void;
}

/**
 * The daily release session's clock: one timeout toward the moment core names
 * (`getReleaseLookAt`), where it sends `releaseCheck`; the engine decides whether the
 * session opens (due, not yet offered today, pressure allowed, the person free).
 */
export function createReleaseScheduler(deps: ReleaseSchedulerDeps): ReleaseScheduler {
  let target: number | null = null;
  let timeout: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (timeout !== null) clearTimeout(timeout);
    timeout = null;
  };

  const arm = () => {
    clear();
    target = getReleaseLookAt(deps.getSettings(), deps.now(), deps.timeZone());
    if (target === null) return;
    const delay = Math.min(Math.max(0, target - deps.now()), MAX_WAIT_MS);
    timeout = setTimeout(check, delay);
  };

  const check = () => {
    timeout = null;
    if (target !== null && deps.now() >= target) deps.dispatch({ type: 'releaseCheck' });
    arm();
  };

  const unsubscribe = deps.onSettingsChange(() => {
    // A session switched on, or its time moved to now, comes without waiting for the timer.
    deps.dispatch({ type: 'releaseCheck' });
    arm();
  });
  deps.dispatch({ type: 'releaseCheck' });
  arm();
  return {
    nextAt: () => target,
    recheck: () => {
      deps.dispatch({ type: 'releaseCheck' });
      arm();
    },
    stop: () => {
      unsubscribe();
      clear();
      target = null;
    },
  };
}
