import { findExercise } from '../shared/exercises';
import type { PlannedExercise } from '../shared/domain';
import type { EngineEffect } from './engine-types';
import type { EngineState } from './engine-state';
import { isReleaseDue, planReleaseSession } from './release-session';
import { focus, newPending, open } from './scheduler';
import type { Instant } from './time';

/**
 * The daily release session is about ball holds and rolling, and both are pressure work.
 * A plan without any (the safety answers leave pressure out, none were given, or the
 * day's pressure cap is used) is not offered: stretches come with the ordinary breaks.
 */
export function isReleaseWorth(plan: readonly PlannedExercise[]): boolean {
  return plan.some((planned) => findExercise(planned.exerciseId)?.kind === 'pressure');
}

/**
 * What the engine does on the shell's `releaseCheck`: when the session is due today and
 * the person is free for it (no pause, lock, sleep, focus or other break), it opens the
 * planned 3–5 minutes at once with a notice, as a posture break that can be skipped but
 * not snoozed, and notes the offer so that no clock jump brings it twice.
 */
export function startReleaseIfDue(
  state: EngineState,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const { settings } = state.config;
  const { timeZone } = state.options;
  if (!isReleaseDue(settings, state.releaseOfferedAt, now.wall, timeZone)) return state;
  if (state.pause || state.locked || state.suspended || state.pending) return state;
  if (state.focus !== 'none') return state;
  const exercises = planReleaseSession({
    settings,
    recent: state.recentExercises,
    now: now.wall,
    timeZone,
    knotMarks: state.knotMarks,
  });
  if (!isReleaseWorth(exercises)) return state;
  const pending = newPending(state, 'posture', now.mono, now, true);
  let next: EngineState = { ...state, seq: state.seq + 1, releaseOfferedAt: now.wall };
  const lengthSeconds = exercises.reduce(
    (sum, planned) => sum + planned.holdSeconds.reduce((s, h) => s + h, 0),
    0,
  );
  effects.push({
    type: 'notice',
    notice: { kind: 'posture', inSeconds: 0, canSnooze: false, lengthSeconds, release: true },
  });
  next = open(next, pending, now, effects, { exercises, strict: false, snoozesLeft: 0 });
  return next.pending ? focus(next, next.pending, now, effects) : next;
}
