import { getLeaveThresholdMs } from './activity';
import type { EngineState } from './engine-state';
import { getHoldEnd } from './focus';
import { getPauseEnd } from './pause';
import { getNextBreak, isDueInHours } from './scheduler';
import { SECOND, type Instant } from './time';
import { getStanceWakeTimes } from './stance';
import { getNextBoundary } from './working-hours';

/**
 * The one timer: the next moment anything can change. Sampling is exact rather than
 * frequent: idle time reaches the natural-break threshold no earlier than
 * last input + threshold, so the engine looks exactly then, and nowhere in between.
 */

/** While away, the first look whether the person is back comes this soon. */
export const AWAY_POLL_MS = 60 * SECOND;
/**
 * Looks while away back off, each wait as long as the absence beyond the natural-break
 * threshold (so doubling after the first minutes), up to this: an unlocked machine left overnight wakes about 50 times in 12 hours, not 720.
 * The cost is how late a return is noticed: at most one wait, on a long absence only.
 */
export const AWAY_POLL_MAX_MS = 15 * 60 * SECOND;
/** While a break waits for a pause in typing, how often to look. */
const TYPING_POLL_MS = 5 * SECOND;
/** Never wake again sooner than this, so no input can cause a burst of wake-ups. */
const MIN_STEP_MS = SECOND;

export function getWakeAt(state: EngineState, now: Instant): number | null {
  if (state.suspended) return null;
  if (state.pause) {
    const end = getPauseEnd(state.pause, now);
    return end === null ? null : Math.max(end, now.mono + MIN_STEP_MS);
  }
  const times: number[] = [];
  const boundary = state.hours
    ? state.hours.until
    : getNextBoundary(state.config.settings, now.wall, state.options.timeZone);
  if (boundary !== null) times.push(now.mono + (boundary - now.wall));
  if (!state.offHours) addActivityTimes(state, now, times);
  let best: number | null = null;
  for (const time of times) if (best === null || time < best) best = time;
  return best === null ? null : Math.max(best, now.mono + MIN_STEP_MS);
}

function addActivityTimes(state: EngineState, now: Instant, times: number[]): void {
  const { config } = state;
  if (state.lookAt !== null) times.push(state.lookAt);
  times.push(...getStanceWakeTimes(state));
  const away = state.away;
  if (away) {
    if (!away.confirmed) times.push(away.since + config.naturalBreakMs);
    if (!away.movementCredited) times.push(away.since + config.movementNaturalMs);
    if (state.locked) return;
    if (away.confirmed) {
      const beyond = now.mono - away.since - config.naturalBreakMs;
      const wait = Math.min(AWAY_POLL_MAX_MS, Math.max(AWAY_POLL_MS, beyond));
      times.push(now.mono + wait);
      return;
    }
  }
  if (state.locked) return;
  const pending = state.pending;
  const lastInput = state.lastInputAt ?? now.mono;
  if (state.idleKnown) times.push(lastInput + getLeaveThresholdMs(state));
  if (pending?.stage === 'notice') times.push(pending.dueAt);
  else if (pending?.stage === 'held') times.push(getHoldEnd(state) ?? now.mono);
  else if (pending?.stage === 'open' && pending.openedAt !== null) {
    if (pending.focusedAt === null) {
      times.push(pending.openedAt + config.graceMs);
      if (state.idleKnown) times.push(now.mono + TYPING_POLL_MS);
    } else times.push(pending.focusedAt + config.missedAfterMs);
  } else if (!pending) {
    const due = getNextBreak(state, now);
    if (due && isDueInHours(state, due.at, now)) {
      const noticeAt = due.at - config.noticeLeadMs;
      times.push(noticeAt > now.mono ? noticeAt : due.at);
    }
  }
}
