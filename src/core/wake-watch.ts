import type { EngineState } from './engine-state';
import type { Instant } from './time';

/**
 * When to listen for the person's return with a desktop signal (Mutter's
 * `AddUserActiveWatch`): while they are away with the screen unlocked and the engine
 * follows activity. The looks while away back off to minutes apart (wake.ts); the
 * signal hears the first input at once, and the sample it triggers times the return
 * exactly from the idle time. Locked, paused, suspended or off hours need no watch:
 * unlocking and resuming wake the engine anyway, and otherwise activity decides nothing.
 */
export function wantsReturnWatch(state: EngineState): boolean {
  return (
    state.away !== null && !state.locked && !state.suspended && !state.offHours && !state.pause
  );
}

/** A watch that fired is not armed again sooner than this: no signal can cause a burst. */
export const RETURN_WATCH_REARM_MS = 1000;

/** Whether to arm a watch now, given when the last one fired (monotonic ms, or null). */
export function shouldArmReturnWatch(
  state: EngineState,
  now: Instant,
  lastFiredAt: number | null,
): boolean {
  if (!wantsReturnWatch(state)) return false;
  return lastFiredAt === null || now.mono - lastFiredAt >= RETURN_WATCH_REARM_MS;
}
