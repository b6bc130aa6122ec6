import { getHeldTotal, isExerciseDone } from '../../core/routine-outcome';
import type { ChosenOutcome } from '../../shared/domain';
import { findExercise } from '../../shared/exercises';
import { formatCare } from './format';
import type { RoutineState } from './routine-state';
import { PrimaryButton } from './PrimaryButton';

type Logged = Extract<ChosenOutcome, 'completed' | 'partial' | 'skipped'>;

/** The card's words follow what the log will say: "Well done" only for completed. */
const WORDS: Record<Logged, { title: string; logged: string; next: string }> = {
  completed: {
    title: 'Well done',
    logged: 'Logged as done.',
    next: 'Back to work: see you at the next break.',
  },
  partial: {
    title: 'Good, some care taken',
    logged: 'Logged as partly done: at least half of the planned time was held.',
    next: 'Back to work: the next break can go all the way.',
  },
  skipped: {
    title: 'Maybe next time',
    logged: 'Logged as skipped: less than half of the planned time was held.',
    next: 'No worries: the next break is another chance.',
  },
};

/**
 * The end: what the log will say, how much care was held, Done (Enter) while the heading
 * is still on screen, then what was done.
 */
export function FinishCard({
  state,
  outcome,
  careTodaySeconds,
  busy,
  onDone,
}: {
  state: RoutineState;
  outcome: Logged;
  /** Care logged earlier today, if main told us; else the card speaks of this break. */
  careTodaySeconds: number | undefined;
  busy: boolean;
  onDone: () => void;
}) {
  const words = WORDS[outcome];
  const total = getHeldTotal(state.held);
  const today = careTodaySeconds === undefined ? null : careTodaySeconds + total;
  const done = state.plans
    .map((plan, index) => ({ plan, held: state.held[index] ?? [] }))
    .filter(({ held }) => held.some((s) => s > 0));
  return (
    <section className="card finish-card" aria-labelledby="finish-title">
      <p className="kicker">Break finished</p>
      <h1 id="finish-title">{words.title}</h1>
      <p className="logged">{words.logged}</p>
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
      <div className="primary-row">
        <PrimaryButton busy={busy} onClick={onDone}>
          Done
        </PrimaryButton>
      </div>
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
      <p className="muted">{words.next} This window closes by itself in a moment.</p>
    </section>
  );
}
