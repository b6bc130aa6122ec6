import type { EngineEffect, PauseLength } from './engine-types';
import type { EngineState, Pause } from './engine-state';
import { stopTracking } from './scheduler';
import { MINUTE, type Instant } from './time';
import { getHoursWindow, getTomorrowStart } from './working-hours';

/** Pauses and working hours: the two ways sitting stops being tracked. */

function toPause(state: EngineState, length: PauseLength, now: Instant): Pause {
  if (length === 'indefinitely') return { kind: 'indefinitely' };
  if (length === 'untilTomorrow') {
    const { settings } = state.config;
    return {
      kind: 'untilWall',
      untilWall: getTomorrowStart(settings, now.wall, state.options.timeZone),
    };
  }
  const ms = Math.max(0, length.minutes) * MINUTE;
  return { kind: 'for', untilMono: now.mono + ms, untilWall: now.wall + ms };
}

/** Pauses prompts; refused while a break window is open (finish the break first). */
export function startPause(
  state: EngineState,
  length: PauseLength,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  if (state.pending?.stage === 'open') return state;
  return { ...stopTracking(state, now, effects), pause: toPause(state, length, now) };
}

/** Monotonic end of the pause as seen from `now`; null for "until resumed". */
export function getPauseEnd(pause: Pause, now: Instant): number | null {
  if (pause.kind === 'indefinitely') return null;
  if (pause.kind === 'for') return pause.untilMono;
  return now.mono + (pause.untilWall - now.wall);
}

export function isPauseOver(pause: Pause, now: Instant): boolean {
  if (pause.kind === 'indefinitely') return false;
  // A timed pause runs on the monotonic clock, a calendar pause on the wall clock.
  return pause.kind === 'for' ? now.mono >= pause.untilMono : now.wall >= pause.untilWall;
}

/** Ends an expired pause and follows working hours in and out. */
export function applyCalendar(
  state: EngineState,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  let next = state;
  if (next.pause && isPauseOver(next.pause, now)) next = { ...next, pause: null };
  const hours = getHoursWindow(next.hours, next.config.settings, now.wall, next.options.timeZone);
  if (hours !== next.hours) next = { ...next, hours };
  const working = hours.working;
  if (!working && !next.offHours) {
    next = { ...stopTracking(next, now, effects), offHours: true };
  } else if (working && next.offHours) {
    next = { ...next, offHours: false };
  }
  return next;
}
