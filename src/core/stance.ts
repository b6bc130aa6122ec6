import type { Stance } from '../shared/domain';
import { isTracking } from './activity';
import type { EngineEffect } from './engine-types';
import type { EngineState } from './engine-state';
import { isPresentByFocus } from './focus';
import { endBout, endPending } from './prompt-end';
import { HOUR, MINUTE, type Instant } from './time';

/**
 * Where the person is when there is no input: "At my desk, not typing" (reading, a
 * meeting in the room) and standing at a standing desk. Standing time is desk time
 * (movement breaks still count it) but not sitting time, and no posture break is due.
 */

/** "At my desk, not typing" ends by itself after this long. */
export const AT_DESK_MAX_MS = 2 * HOUR;

/** True while time without input counts as sitting: a call, a presentation, "At my desk". */
export function isPresentAnyway(state: EngineState): boolean {
  return state.atDeskUntil !== null || isPresentByFocus(state.focus);
}

/** The idle reading the engine should see: none while the person is known to be here. */
export function getEffectiveIdle(
  state: EngineState,
  idleSeconds: number | null,
  now: Instant,
): number | null {
  if (idleSeconds === null || !Number.isFinite(idleSeconds)) return idleSeconds;
  if (isPresentAnyway(state) && !state.locked && !state.suspended) return 0;
  const until = state.presentUntil;
  return until === null
    ? idleSeconds
    : Math.min(idleSeconds, Math.max(0, (now.mono - until) / 1000));
}

export function setAtDesk(state: EngineState, on: boolean, now: Instant): EngineState {
  if (!on) return endAtDesk(state, now.mono);
  if (state.locked || state.suspended || !isTracking(state)) return state;
  const sittingSince = state.sittingSince ?? now.mono;
  return { ...state, atDeskUntil: now.mono + AT_DESK_MAX_MS, sittingSince, away: null };
}

/** Ends "At my desk" at `end`: present until then, so the bout is not cut back. */
function endAtDesk(state: EngineState, end: number): EngineState {
  if (state.atDeskUntil === null) return state;
  if (state.sittingSince === null) return { ...state, atDeskUntil: null };
  return { ...state, atDeskUntil: null, lastInputAt: end, presentUntil: end };
}

/** Switches stance at `at` (monotonic): the bout so far is recorded under the old stance. */
function switchStance(
  state: EngineState,
  stance: Stance,
  at: number,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const wasSitting = state.sittingSince !== null;
  let next = endBout(state, at, now, effects);
  next = wasSitting ? { ...next, sittingSince: at } : next;
  if (stance === 'sitting') return { ...next, standing: null, postureFrom: at };
  const until = at + state.config.settings.focus.standingMinutes * MINUTE;
  next = { ...next, standing: { since: at, until } };
  // Standing up is the posture change an announced posture break asks for.
  const pending = next.pending;
  if (pending?.kind === 'posture' && pending.stage !== 'open')
    next = endPending(next, 'natural', now, effects);
  return next;
}

export function setStance(
  state: EngineState,
  stance: Stance,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  if ((stance === 'standing') === (state.standing !== null)) return state;
  return switchStance(state, stance, now.mono, now, effects);
}

/**
 * Ends what runs out by itself: standing after its time or an absence, "At my desk"
 * after two hours or at a lock or a sleep.
 */
export function applyStanceTimers(
  state: EngineState,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  let next = state;
  if (next.atDeskUntil !== null) {
    if (next.locked || next.suspended || !isTracking(next)) next = { ...next, atDeskUntil: null };
    else if (now.mono >= next.atDeskUntil) next = endAtDesk(next, next.atDeskUntil);
  }
  const standing = next.standing;
  if (standing) {
    if (next.away?.confirmed || !isTracking(next)) next = { ...next, standing: null };
    else if (now.mono >= standing.until)
      next = switchStance(next, 'sitting', standing.until, now, effects);
  }
  return next;
}

/** Monotonic times the stance timers end; for the one wake-up. */
export function getStanceWakeTimes(state: EngineState): number[] {
  const times: number[] = [];
  if (state.atDeskUntil !== null) times.push(state.atDeskUntil);
  if (state.standing) times.push(state.standing.until);
  if (state.meeting?.until != null) times.push(state.meeting.until);
  return times;
}
