import type { ExerciseRecord, FocusReason, Outcome } from '../shared/domain';
import type { EngineEffect } from './engine-types';
import type { EngineState, PendingBreak } from './engine-state';
import { SECOND, toWall, type Instant } from './time';

/**
 * How a break on its way ends, and what each ending resets. Every pending break ends
 * here exactly once, with one logged outcome.
 */

/** Ends the current sitting bout at `end` (monotonic), recording it and its movement share. */
export function endBout(
  state: EngineState,
  end: number,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const since = state.sittingSince;
  if (since === null) return state;
  const stop = Math.min(now.mono, Math.max(since, end));
  const seconds = Math.round((stop - since) / SECOND);
  if (seconds > 0) {
    const start = toWall(now, since);
    // A stretch at a standing desk is desk time (movement counts it) but not sitting.
    const bout = state.standing
      ? { start, seconds, stance: 'standing' as const }
      : { start, seconds };
    effects.push({ type: 'recordBout', bout });
  }
  const movementPart = Math.max(0, stop - Math.max(since, state.movementFrom));
  return { ...state, sittingSince: null, movementSatMs: state.movementSatMs + movementPart };
}

/** How long a break was held and for what, for its log line; undefined if it never waited. */
export function getHeldRecord(
  pending: PendingBreak,
  now: Instant,
): { reason: FocusReason; seconds: number } | undefined {
  const held = pending.held;
  if (!held) return undefined;
  const end = held.released ? Math.min(pending.dueAt, now.mono) : now.mono;
  return { reason: held.reason, seconds: Math.max(0, Math.round((end - held.since) / SECOND)) };
}

/** Resets the movement count: a movement break was taken, skipped or missed. */
export function resetMovement(state: EngineState, now: Instant): EngineState {
  return { ...state, movementSatMs: 0, movementFrom: now.mono };
}

/**
 * Logs `outcome` for the pending break, closes its window if open, and resets the
 * timers the outcome settles, so no break fires again at once.
 */
export function endPending(
  state: EngineState,
  outcome: Outcome,
  now: Instant,
  effects: EngineEffect[],
  exercises: ExerciseRecord[] = [],
): EngineState {
  const pending = state.pending;
  if (!pending) return state;
  const held = getHeldRecord(pending, now);
  effects.push({
    type: 'appendLog',
    event: {
      id: pending.id,
      at: pending.prompt?.openedAt ?? now.wall,
      kind: pending.kind,
      outcome,
      exercises,
      boutSeconds: pending.boutSeconds,
      ...(held ? { held } : {}),
    },
  });
  if (pending.stage === 'open') effects.push({ type: 'closeBreak' });
  let next: EngineState = { ...state, pending: null };
  if (outcome === 'snoozed') {
    return {
      ...next,
      snoozeCount: state.snoozeCount + 1,
      snoozedUntil: now.mono + state.config.snoozeMs,
    };
  }
  next = { ...next, snoozeCount: 0, snoozedUntil: null };
  if (outcome === 'natural') return next;
  if (outcome === 'completed' || outcome === 'partial') {
    // The person stood up when the break took focus: the bout ended there.
    next = endBout(next, pending.focusedAt ?? now.mono, now, effects);
    next = { ...next, away: null, lastInputAt: now.mono };
    next = { ...next, lastBreakAt: { ...next.lastBreakAt, [pending.kind]: now.wall } };
    const done = exercises.map((record) => ({ exerciseId: record.exerciseId, at: now.wall }));
    if (done.length > 0)
      next = { ...next, recentExercises: [...next.recentExercises, ...done].slice(-100) };
  }
  // Skipped or missed: sitting goes on, but the interval starts again from now.
  next = { ...next, postureFrom: now.mono };
  return pending.kind === 'movement' ? resetMovement(next, now) : next;
}
