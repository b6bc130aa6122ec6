import type { EngineEffect, SystemEvent } from './engine-types';
import type { EngineState } from './engine-state';
import { endBout, endPending, resetMovement } from './prompt-end';
import { SECOND, toWall, type Instant } from './time';

/**
 * Folds idle-time samples and lock/suspend events into sitting bouts and absences.
 * Idle time says how long since the last input, so one sample rebuilds the past: an
 * idle of ≥ the natural-break threshold means the person left at now − idle.
 */

/** The absence starting at `since` lasted the natural-break threshold: the bout is over. */
function confirmAway(
  state: EngineState,
  since: number,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const wasSitting = state.sittingSince !== null || state.pending !== null;
  let next = endBout(state, since, now, effects);
  if (next.pending) next = endPending(next, 'natural', now, effects);
  // A break taken on one's own also ends a run of snoozes.
  next = { ...next, snoozeCount: 0, snoozedUntil: null };
  const wallSince = toWall(now, since);
  if (wasSitting) effects.push({ type: 'naturalBreak', kind: 'posture', since: wallSince });
  const away = next.away ?? { since, wallSince, confirmed: false, movementCredited: false };
  return { ...next, away: { ...away, since: Math.min(away.since, since), confirmed: true } };
}

function creditMovement(state: EngineState, now: Instant, effects: EngineEffect[]): EngineState {
  const away = state.away;
  if (!away || away.movementCredited) return state;
  // Only worth saying when there was sitting to make up for.
  if (state.movementSatMs > 0)
    effects.push({ type: 'naturalBreak', kind: 'movement', since: away.wallSince });
  return { ...resetMovement(state, now), away: { ...away, movementCredited: true } };
}

/** Applies an absence of `awayMs` that began at `state.away.since`. */
export function settleAway(
  state: EngineState,
  awayMs: number,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const away = state.away;
  if (!away) return state;
  let next = state;
  if (awayMs >= state.config.naturalBreakMs && !away.confirmed) {
    next = confirmAway(next, away.since, now, effects);
  }
  if (awayMs >= state.config.movementNaturalMs) next = creditMovement(next, now, effects);
  return next;
}

/**
 * Settles an absence under way as of `now`. The monotonic clock may stand still during
 * sleep; the wall clock says how long it was.
 */
export function settleAbsence(
  state: EngineState,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const away = state.away;
  if (!away) return state;
  return settleAway(
    state,
    Math.max(now.mono - away.since, now.wall - away.wallSince),
    now,
    effects,
  );
}

/** How long the person may go without input before it counts as leaving. */
export function getLeaveThresholdMs(state: EngineState): number {
  const pending = state.pending;
  const sawWindow =
    pending?.openedAt != null &&
    state.lastInputAt !== null &&
    state.lastInputAt >= pending.openedAt;
  // Someone at the desk when the break window came up is still while doing the exercise:
  // allow its length too. Someone who left before it opened gets no such allowance.
  if (pending?.focusedAt != null && sawWindow) {
    const settings = state.config.settings.breaks;
    const length =
      pending.kind === 'movement' ? settings.movementMinutes * 60 : settings.postureSeconds;
    return state.config.naturalBreakMs + length * SECOND;
  }
  return state.config.naturalBreakMs;
}

export function onSample(
  state: EngineState,
  idleSeconds: number | null,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  state = state.lookAt === null ? state : { ...state, lookAt: null };
  if (state.suspended || state.locked) {
    if (state.locked && state.away)
      return settleAway(state, now.mono - state.away.since, now, effects);
    return state;
  }
  if (idleSeconds === null || !Number.isFinite(idleSeconds)) {
    // No idle source: the person counts as sitting from now until a lock or suspend.
    const next = { ...state, idleKnown: false, lastInputAt: now.mono, away: null };
    return next.sittingSince === null && isTracking(next)
      ? { ...next, sittingSince: now.mono }
      : next;
  }
  const lastInput = now.mono - Math.max(0, idleSeconds * SECOND);
  // Input before this one, with no gap of the natural-break length between: present since then.
  const previous = state.lastInputAt;
  const presentSince =
    previous !== null &&
    previous <= lastInput &&
    lastInput - previous <= state.config.naturalBreakMs &&
    !state.away?.confirmed
      ? previous
      : lastInput;
  let next: EngineState = { ...state, idleKnown: true, lastInputAt: lastInput };
  if (!isTracking(next)) return next;
  if (now.mono - lastInput >= getLeaveThresholdMs(next)) {
    if (!next.away) {
      next = {
        ...next,
        away: {
          since: lastInput,
          wallSince: toWall(now, lastInput),
          confirmed: false,
          movementCredited: false,
        },
      };
    }
    return settleAway(next, now.mono - lastInput, now, effects);
  }
  if (now.mono - lastInput >= next.config.naturalBreakMs) return next;
  // Present: an absence, if one ran, is over, and a new bout starts at the last input if none runs.
  if (next.away?.confirmed || next.sittingSince === null) {
    // The return is exact: the absence lasted from its start to the last input.
    if (next.away) next = settleAway(next, lastInput - next.away.since, now, effects);
    next = { ...next, away: null, sittingSince: next.sittingSince ?? presentSince };
  }
  return next;
}

/** Sitting is tracked only inside working hours and outside a pause. */
export function isTracking(state: EngineState): boolean {
  return state.pause === null && !state.offHours;
}

export function onSystem(
  state: EngineState,
  event: SystemEvent,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const startAway = (s: EngineState): EngineState =>
    s.away
      ? s
      : {
          ...s,
          away: { since: now.mono, wallSince: now.wall, confirmed: false, movementCredited: false },
        };
  switch (event) {
    case 'lock':
      return startAway({ ...state, locked: true });
    case 'suspend':
      return startAway({ ...state, suspended: true });
    case 'unlock': {
      // Unlocking takes typing a password: the person is here now.
      let next = { ...state, locked: false, suspended: false };
      if (next.away) next = settleAway(next, now.mono - next.away.since, now, effects);
      next = { ...next, away: null, lastInputAt: now.mono };
      if (next.sittingSince === null && isTracking(next))
        next = { ...next, sittingSince: now.mono };
      return next;
    }
    case 'resume': {
      // Look again at once: the person who opened the lid is probably back.
      let next: EngineState = { ...state, suspended: false, lookAt: now.mono };
      if (!next.away) return next;
      next = settleAbsence(next, now, effects);
      // A short nap with the screen unlocked: the bout goes on, as after a short pause in typing.
      if (!next.locked && !next.away?.confirmed) next = { ...next, away: null };
      return next;
    }
  }
}
