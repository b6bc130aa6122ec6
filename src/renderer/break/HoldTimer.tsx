import type { ExerciseKind } from '../../shared/exercises';
import { WALK_ID } from '../../shared/exercises/types';
import { useExerciseLookup } from './exercise-lookup';
import { formatClock } from './format';
import { getSecondsLeft, type RoutineState } from './routine-state';
import { useText } from '../common/i18n/use-text';

function getSideName(state: RoutineState): 'left' | 'right' | null {
  const plan = state.plans[state.index];
  if (!plan || plan.holdSeconds.length < 2) return null;
  return state.side === 0 ? 'left' : 'right';
}

/**
 * A stable, short status per phase: screen readers hear it once, not every second. What
 * the person does follows the side, so "left side" is never read as "hold on to it".
 */
function getStatus(state: RoutineState, kind: ExerciseKind, t: ReturnType<typeof useText>): string {
  const side = getSideName(state);
  // Only the walk is walking: seated marching or arm circles are told to keep moving.
  const walking = state.plans[state.index]?.exerciseId === WALK_ID;
  if (state.paused) return t('hold.paused');
  if (state.phase === 'ready') {
    if (kind !== 'movement') return t('hold.getIntoPosition');
    return t(walking ? 'hold.getReadyWalk' : 'hold.getReadyMove');
  }
  if (state.phase === 'switch') return t('hold.switchSides');
  if (kind === 'movement') return t(walking ? 'hold.walk' : 'hold.move');
  return side ? t('hold.sideAction', { side, kind }) : t('hold.action', { kind });
}

/** The large timer: seconds left on this side, the side, and what happens next. */
export function HoldTimer({ state }: { state: RoutineState }) {
  const t = useText();
  const lookup = useExerciseLookup();
  const plan = state.plans[state.index];
  const kind = lookup.find(plan?.exerciseId ?? '')?.kind ?? 'stretch';
  const target = plan?.holdSeconds[state.side] ?? 0;
  const left = getSecondsLeft(state);
  const side = getSideName(state);
  const sides = plan?.holdSeconds.length ?? 1;
  return (
    <div className="hold" data-phase={state.phase} data-paused={state.paused || undefined}>
      <p role="status" className="hold-status">
        {getStatus(state, kind, t)}
      </p>
      <div role="timer" aria-label={t('hold.timeLeft')} aria-live="off" className="clock">
        {formatClock(left)}
      </div>
      <progress
        className="hold-progress"
        aria-label={t('hold.progress')}
        max={target || 1}
        value={target - left}
      />
      <p className="hold-detail">
        {side && <span>{t('hold.sideOf', { side, number: state.side + 1, total: sides })}</span>}
        {(state.phase === 'ready' || state.phase === 'switch') && (
          <span>{t('hold.startsIn', { seconds: state.prepLeft })}</span>
        )}
      </p>
    </div>
  );
}
