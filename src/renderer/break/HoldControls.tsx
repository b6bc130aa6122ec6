import { useMemo, type Dispatch } from 'react';
import { findSwaps } from '../../core/exercise-swap';
import { getShortestHold } from '../../core/routine-outcome';
import { findExercise } from '../../shared/exercises';
import { PrimaryButton } from './PrimaryButton';
import { getPrimaryMove, type RoutineAction, type RoutineState } from './routine-state';

function getPrimaryLabel(state: RoutineState): string {
  if (state.phase !== 'hold') return 'Start now';
  const sides = state.plans[state.index]?.holdSeconds.length ?? 1;
  if (state.side + 1 < sides) return 'Next side';
  return state.index + 1 >= state.plans.length ? 'Finish' : 'Next exercise';
}

/** Why the primary action waits, when it does. */
function getWaitNote(state: RoutineState): string | null {
  if (getPrimaryMove(state) !== null) return null;
  if (state.strict) return 'Strict mode: the timer moves on by itself.';
  const plan = state.plans[state.index];
  const held = state.held[state.index]?.[state.side] ?? 0;
  const more = plan ? Math.max(0, getShortestHold(plan, state.side) - held) : 0;
  return `Hold ${more} s more to move on, or skip this exercise.`;
}

/**
 * Pause, the primary action (next side, next exercise, finish) and the honest ways out:
 * Skip this exercise (not in strict mode) and Swap for another of the same area.
 */
export function HoldControls({
  state,
  busy,
  dispatch,
}: {
  state: RoutineState;
  busy: boolean;
  dispatch: Dispatch<RoutineAction>;
}) {
  const plan = state.plans[state.index];
  const [swap] = useMemo(() => (plan ? findSwaps(plan, state.plans) : []), [plan, state.plans]);
  const wait = getWaitNote(state);
  return (
    <div className="hold-controls">
      <div className="primary-row">
        <button
          type="button"
          aria-keyshortcuts="Space"
          disabled={busy}
          onClick={() => dispatch({ type: 'togglePause' })}
        >
          {state.paused ? 'Resume' : 'Pause'} <kbd aria-hidden="true">Space</kbd>
        </button>
        <PrimaryButton
          busy={busy}
          unavailable={wait !== null}
          describedBy={wait ? 'primary-wait' : undefined}
          onClick={() => dispatch({ type: 'next' })}
        >
          {getPrimaryLabel(state)}
        </PrimaryButton>
      </div>
      <div className="exercise-actions">
        {!state.strict && (
          <button type="button" disabled={busy} onClick={() => dispatch({ type: 'skipExercise' })}>
            Skip this exercise
          </button>
        )}
        {swap && (
          <button
            type="button"
            disabled={busy}
            onClick={() => dispatch({ type: 'swapExercise', plan: swap })}
          >
            Swap for {findExercise(swap.exerciseId)?.name ?? 'another exercise'}
          </button>
        )}
        {wait && (
          <span id="primary-wait" className="note">
            {wait}
          </span>
        )}
      </div>
    </div>
  );
}
