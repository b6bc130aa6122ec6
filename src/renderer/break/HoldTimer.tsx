import { findExercise, type ExerciseKind } from '../../shared/exercises';
import { formatClock } from './format';
import { getSecondsLeft, type RoutineState } from './routine-state';

function getSideName(state: RoutineState): string | null {
  const plan = state.plans[state.index];
  if (!plan || plan.holdSeconds.length < 2) return null;
  return state.side === 0 ? 'left side' : 'right side';
}

/** What the person does while the timer runs, so "left side" is never read as "hold on to it". */
const HOLD_ACTION: Record<ExerciseKind, string> = {
  pressure: 'hold the pressure',
  stretch: 'hold the stretch',
  strength: 'keep going',
  movement: 'walk',
};

/** A stable, short status per phase: screen readers hear it once, not every second. */
function getStatus(state: RoutineState): string {
  const side = getSideName(state);
  if (state.paused) return 'Paused';
  const kind = findExercise(state.plans[state.index]?.exerciseId ?? '')?.kind;
  if (state.phase === 'ready')
    return kind === 'movement' ? 'Get ready to walk' : 'Get into position';
  if (state.phase === 'switch') return 'Switch sides';
  if (kind === 'movement') return 'Walk';
  const action = HOLD_ACTION[kind ?? 'stretch'];
  if (!side) return `${action.charAt(0).toUpperCase()}${action.slice(1)}`;
  return `${side.charAt(0).toUpperCase()}${side.slice(1)}: ${action}`;
}

/** The large timer: seconds left on this side, the side, and what happens next. */
export function HoldTimer({ state }: { state: RoutineState }) {
  const plan = state.plans[state.index];
  const target = plan?.holdSeconds[state.side] ?? 0;
  const left = getSecondsLeft(state);
  const side = getSideName(state);
  const sides = plan?.holdSeconds.length ?? 1;
  return (
    <div className="hold" data-phase={state.phase} data-paused={state.paused || undefined}>
      <p role="status" className="hold-status">
        {getStatus(state)}
      </p>
      <div role="timer" aria-label="Time left" aria-live="off" className="clock">
        {formatClock(left)}
      </div>
      <progress
        className="hold-progress"
        aria-label="Hold progress"
        max={target || 1}
        value={target - left}
      />
      <p className="hold-detail">
        {side && (
          <span>
            {side === 'left side' ? 'Left' : 'Right'} side · {state.side + 1} of {sides}
          </span>
        )}
        {(state.phase === 'ready' || state.phase === 'switch') && (
          <span> · starts in {state.prepLeft} s</span>
        )}
      </p>
    </div>
  );
}
