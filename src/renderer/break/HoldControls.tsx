import { useMemo, type Dispatch } from 'react';
import { findSwaps } from '../../core/exercise-swap';
import { getShortestHold } from '../../core/routine-outcome';
import { useExerciseLookup } from './exercise-lookup';
import { PrimaryButton } from './PrimaryButton';
import { getPrimaryMove, type RoutineAction, type RoutineState } from './routine-state';
import type { MessageId } from '../../shared/i18n/messages/en';
import { useExerciseText } from '../common/i18n/use-exercise-text';
import { useText } from '../common/i18n/use-text';

function getPrimaryLabel(state: RoutineState): MessageId {
  if (state.phase !== 'hold') return 'hold.startNow';
  const sides = state.plans[state.index]?.holdSeconds.length ?? 1;
  if (state.side + 1 < sides) return 'hold.nextSide';
  return state.index + 1 >= state.plans.length ? 'hold.finish' : 'hold.nextExercise';
}

/** Why the primary action waits, when it does. */
function getWaitNote(state: RoutineState, t: ReturnType<typeof useText>): string | null {
  if (getPrimaryMove(state) !== null) return null;
  if (state.strict) return t('hold.strictWait');
  const plan = state.plans[state.index];
  const held = state.held[state.index]?.[state.side] ?? 0;
  const more = plan ? Math.max(0, getShortestHold(plan, state.side, state.kindOf) - held) : 0;
  return t('hold.holdMore', { seconds: more });
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
  const t = useText();
  const exerciseText = useExerciseText();
  const lookup = useExerciseLookup();
  const plan = state.plans[state.index];
  const [swap] = useMemo(
    () => (plan ? findSwaps(plan, state.plans, lookup.exercises) : []),
    [plan, state.plans, lookup],
  );
  const wait = getWaitNote(state, t);
  const swapWith = swap ? lookup.find(swap.exerciseId) : undefined;
  return (
    <div className="hold-controls">
      <div className="primary-row">
        <button
          type="button"
          aria-keyshortcuts="Space"
          disabled={busy}
          onClick={() => dispatch({ type: 'togglePause' })}
        >
          {t(state.paused ? 'hold.resume' : 'hold.pause')}{' '}
          <kbd aria-hidden="true">{t('key.space')}</kbd>
        </button>
        <PrimaryButton
          busy={busy}
          unavailable={wait !== null}
          describedBy={wait ? 'primary-wait' : undefined}
          onClick={() => dispatch({ type: 'next' })}
        >
          {t(getPrimaryLabel(state))}
        </PrimaryButton>
      </div>
      <div className="exercise-actions">
        {!state.strict && (
          <button type="button" disabled={busy} onClick={() => dispatch({ type: 'skipExercise' })}>
            {t('hold.skipExercise')}
          </button>
        )}
        {swap && (
          <button
            type="button"
            disabled={busy}
            onClick={() => dispatch({ type: 'swapExercise', plan: swap })}
          >
            {t('hold.swapFor', {
              name: swapWith ? exerciseText(swapWith).name : t('hold.anotherExercise'),
            })}
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
