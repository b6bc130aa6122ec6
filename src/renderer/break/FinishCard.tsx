import { getHeldTotal, isExerciseDone } from '../../core/routine-outcome';
import { findExercise } from '../../shared/exercises';
import { formatCare } from './format';
import type { RoutineState } from './routine-state';
import { PrimaryButton } from './PrimaryButton';

/** The end: how much care this break held, what was done, and Done (Enter). */
export function FinishCard({
  state,
  careTodaySeconds,
  busy,
  onDone,
}: {
  state: RoutineState;
  /** Care logged earlier today, if main told us; else the card speaks of this break. */
  careTodaySeconds: number | undefined;
  busy: boolean;
  onDone: () => void;
}) {
  const total = getHeldTotal(state.held);
  const today = careTodaySeconds === undefined ? null : careTodaySeconds + total;
  const done = state.plans
    .map((plan, index) => ({ plan, held: state.held[index] ?? [] }))
    .filter(({ held }) => held.some((s) => s > 0));
  return (
    <section className="card finish-card" aria-labelledby="finish-title">
      <p className="kicker">Break finished</p>
      <h1 id="finish-title">{total > 0 ? 'Well done' : 'Maybe next time'}</h1>
      <p className="care">
        {today === null ? (
          <>
            <strong>{formatCare(total)}</strong> of care in this break
          </>
        ) : (
          <>
            <strong>{formatCare(today)}</strong> of care today
          </>
        )}
      </p>
      {done.length > 0 && (
        <ul className="done-list" aria-label="What you did">
          {done.map(({ plan, held }) => (
            <li key={plan.exerciseId}>
              <span aria-hidden="true">{isExerciseDone(plan, held) ? '✓ ' : '◐ '}</span>
              {findExercise(plan.exerciseId)?.name ?? plan.exerciseId}:{' '}
              {held.map((s) => formatCare(s)).join(' + ')}
              {isExerciseDone(plan, held) ? '' : ' (partly)'}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {total > 0
          ? 'Back to work: see you at the next break.'
          : 'No worries: the next break is another chance.'}{' '}
        This window closes by itself in a moment.
      </p>
      <div className="primary-row">
        <PrimaryButton busy={busy} onClick={onDone}>
          Done
        </PrimaryButton>
      </div>
    </section>
  );
}
