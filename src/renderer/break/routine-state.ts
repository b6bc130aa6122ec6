import { isSideDone, type KindOf } from '../../core/routine-outcome';
import type { PlannedExercise } from '../../shared/domain';
import type { Exercise } from '../../shared/exercises';

/**
 * The break window's routine as a pure state machine, ticked once a second:
 * start → (ready → hold → [switch → hold]) per exercise → finish. The primary action
 * never ends an exercise early: on a first side it moves to the next side, on the last
 * side it moves on once that side is done. Only Skip ends an exercise early, and strict
 * mode has no Skip: an exercise may only be swapped for another of the same area.
 */
export type Phase = 'start' | 'ready' | 'hold' | 'switch' | 'finish';

export interface RoutineState {
  plans: readonly PlannedExercise[];
  strict: boolean;
  phase: Phase;
  /** The exercise on screen. */
  index: number;
  /** The side being held (0 = left or the only side). */
  side: number;
  paused: boolean;
  /** Seconds left in a get-ready or switch-sides moment. */
  prepLeft: number;
  /** Seconds held so far, per exercise and side. */
  held: number[][];
  /** Kinds of the exercises main sent (planned and swaps), for the shortest dose. */
  kindOf: KindOf;
}

export type RoutineAction =
  | { type: 'start' }
  | { type: 'tick' }
  | { type: 'togglePause' }
  | { type: 'next' }
  | { type: 'skipExercise' }
  | { type: 'swapExercise'; plan: PlannedExercise };

/** Time to get into position before the first side, and to change sides. */
export const READY_SECONDS = 5;
export const SWITCH_SECONDS = 5;

export function createRoutineState(init: {
  exercises: readonly PlannedExercise[];
  strict: boolean;
  catalogue?: readonly Exercise[];
}): RoutineState {
  const kinds = new Map((init.catalogue ?? []).map((exercise) => [exercise.id, exercise.kind]));
  return {
    plans: init.exercises,
    strict: init.strict,
    phase: 'start',
    index: 0,
    side: 0,
    paused: false,
    prepLeft: 0,
    held: init.exercises.map((plan) => plan.holdSeconds.map(() => 0)),
    kindOf: (id) => kinds.get(id),
  };
}

/** True while something counts down: the timer runs, pause and snooze make sense. */
export function isRunning(state: RoutineState): boolean {
  return state.phase === 'ready' || state.phase === 'hold' || state.phase === 'switch';
}

function isLastSide(state: RoutineState): boolean {
  return state.side + 1 >= (state.plans[state.index]?.holdSeconds.length ?? 1);
}

function heldNow(state: RoutineState): number {
  return state.held[state.index]?.[state.side] ?? 0;
}

/**
 * What the primary action does now: 'hold' starts holding (skipping the get-ready
 * moment), 'side' moves to the next side, 'exercise' ends a done exercise, null when
 * nothing may happen yet (the last side is not done; in strict mode, any side).
 */
export function getPrimaryMove(state: RoutineState): 'hold' | 'side' | 'exercise' | null {
  if (state.phase === 'ready' || state.phase === 'switch') return 'hold';
  if (state.phase !== 'hold') return null;
  const plan = state.plans[state.index];
  if (!plan) return 'exercise';
  const target = plan.holdSeconds[state.side] ?? 0;
  const done = state.strict
    ? heldNow(state) >= target
    : isSideDone(plan, state.side, heldNow(state), state.kindOf);
  if (!isLastSide(state)) return state.strict && !done ? null : 'side';
  return done ? 'exercise' : null;
}

function goTo(state: RoutineState, index: number): RoutineState {
  if (index >= state.plans.length) return { ...state, phase: 'finish', paused: false };
  return { ...state, phase: 'ready', index, side: 0, paused: false, prepLeft: READY_SECONDS };
}

function nextSide(state: RoutineState): RoutineState {
  return { ...state, side: state.side + 1, phase: 'switch', prepLeft: SWITCH_SECONDS };
}

function tick(state: RoutineState): RoutineState {
  if (state.phase === 'ready' || state.phase === 'switch') {
    const prepLeft = state.prepLeft - 1;
    return prepLeft > 0 ? { ...state, prepLeft } : { ...state, prepLeft: 0, phase: 'hold' };
  }
  const plan = state.plans[state.index];
  if (!plan) return goTo(state, state.index + 1);
  const held = state.held.map((sides, i) =>
    i === state.index ? sides.map((s, side) => (side === state.side ? s + 1 : s)) : sides,
  );
  const next = { ...state, held };
  if (heldNow(next) < (plan.holdSeconds[state.side] ?? 0)) return next;
  return isLastSide(next) ? goTo(next, state.index + 1) : nextSide(next);
}

function primary(state: RoutineState): RoutineState {
  const move = getPrimaryMove(state);
  if (move === 'hold') return { ...state, prepLeft: 0, phase: 'hold' };
  if (move === 'side') return nextSide(state);
  if (move === 'exercise') return goTo(state, state.index + 1);
  return state;
}

function swap(state: RoutineState, plan: PlannedExercise): RoutineState {
  const plans = state.plans.map((p, i) => (i === state.index ? plan : p));
  const held = state.held.map((sides, i) =>
    i === state.index ? plan.holdSeconds.map(() => 0) : sides,
  );
  return goTo({ ...state, plans, held }, state.index);
}

export function routineReducer(state: RoutineState, action: RoutineAction): RoutineState {
  switch (action.type) {
    case 'start':
      return state.phase === 'start' ? goTo(state, 0) : state;
    case 'tick':
      return isRunning(state) && !state.paused ? tick(state) : state;
    case 'togglePause':
      return isRunning(state) ? { ...state, paused: !state.paused } : state;
    case 'next':
      return isRunning(state) ? primary(state) : state;
    case 'skipExercise':
      // The seconds already held stay in the log: it tells what happened.
      return isRunning(state) && !state.strict ? goTo(state, state.index + 1) : state;
    case 'swapExercise':
      return isRunning(state) ? swap(state, action.plan) : state;
  }
}

/** Seconds left on the side being held (the full hold while getting ready or switching). */
export function getSecondsLeft(state: RoutineState): number {
  const target = state.plans[state.index]?.holdSeconds[state.side] ?? 0;
  return Math.max(0, target - heldNow(state));
}
