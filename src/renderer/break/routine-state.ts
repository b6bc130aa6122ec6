import type { PlannedExercise } from '../../shared/domain';

/**
 * The break window's routine as a pure state machine, ticked once a second:
 * start → (ready → hold → [switch → hold]) per exercise → finish.
 */
export type Phase = 'start' | 'ready' | 'hold' | 'switch' | 'finish';

export interface RoutineState {
  plans: readonly PlannedExercise[];
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
}

export type RoutineAction =
  | { type: 'start' }
  | { type: 'tick' }
  | { type: 'togglePause' }
  | { type: 'next' }
  | { type: 'skipExercise' };

/** Time to get into position before the first side, and to change sides. */
export const READY_SECONDS = 5;
export const SWITCH_SECONDS = 5;

export function createRoutineState(plans: readonly PlannedExercise[]): RoutineState {
  return {
    plans,
    phase: 'start',
    index: 0,
    side: 0,
    paused: false,
    prepLeft: 0,
    held: plans.map((plan) => plan.holdSeconds.map(() => 0)),
  };
}

/** True while something counts down: the timer runs, pause and snooze make sense. */
export function isRunning(state: RoutineState): boolean {
  return state.phase === 'ready' || state.phase === 'hold' || state.phase === 'switch';
}

function goTo(state: RoutineState, index: number): RoutineState {
  if (index >= state.plans.length) return { ...state, phase: 'finish', paused: false };
  return { ...state, phase: 'ready', index, side: 0, paused: false, prepLeft: READY_SECONDS };
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
  const heldNow = held[state.index]?.[state.side] ?? 0;
  const target = plan.holdSeconds[state.side] ?? 0;
  if (heldNow < target) return { ...state, held };
  if (state.side + 1 < plan.holdSeconds.length) {
    return { ...state, held, side: state.side + 1, phase: 'switch', prepLeft: SWITCH_SECONDS };
  }
  return goTo({ ...state, held }, state.index + 1);
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
      return isRunning(state) ? goTo(state, state.index + 1) : state;
    case 'skipExercise': {
      if (!isRunning(state)) return state;
      const held = state.held.map((sides, i) => (i === state.index ? sides.map(() => 0) : sides));
      return goTo({ ...state, held }, state.index + 1);
    }
  }
}

/** Seconds left on the side being held (the full hold while getting ready or switching). */
export function getSecondsLeft(state: RoutineState): number {
  const target = state.plans[state.index]?.holdSeconds[state.side] ?? 0;
  return Math.max(0, target - (state.held[state.index]?.[state.side] ?? 0));
}

/** Planned seconds of the whole routine, not counting the get-ready moments. */
export function getPlannedTotal(plans: readonly PlannedExercise[]): number {
  return plans.reduce((sum, plan) => sum + plan.holdSeconds.reduce((s, h) => s + h, 0), 0);
}
