import { getHeldTotal, isExerciseDone } from '../../core/routine-outcome';
import type { ChosenOutcome } from '../../shared/domain';
import type { OwnExercise } from '../../shared/programme/own-exercise';
import { useExerciseLookup } from './exercise-lookup';
import { formatCare } from './format';
import type { RoutineState } from './routine-state';
import { PrimaryButton } from './PrimaryButton';
import { useIntl } from 'react-intl';
import { useExerciseText } from '../common/i18n/use-exercise-text';
import { useText } from '../common/i18n/use-text';

type Logged = Extract<ChosenOutcome, 'completed' | 'partial' | 'skipped'>;

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
  ownExercises = [],
}: {
  state: RoutineState;
  outcome: Logged;
  /** Care logged earlier today, if main told us; else the card speaks of this break. */
  careTodaySeconds: number | undefined;
  busy: boolean;
  onDone: () => void;
  /** The person's own exercises in this break, so the list names them (not their ids). */
  ownExercises?: readonly OwnExercise[];
}) {
  const t = useText();
  const intl = useIntl();
  const exerciseText = useExerciseText();
  const lookup = useExerciseLookup();
  // The card's words follow what the log will say: "Well done" only for completed.
  const total = getHeldTotal(state.held);
  const today = careTodaySeconds === undefined ? null : careTodaySeconds + total;
  const done = state.plans
    .map((plan, index) => ({ plan, held: state.held[index] ?? [] }))
    .filter(({ held }) => held.some((s) => s > 0));
  const nameOf = (id: string) => {
    const exercise = lookup.find(id);
    if (exercise) return exerciseText(exercise).name;
    return ownExercises.find((own) => own.id === id)?.name ?? id;
  };
  return (
    <section className="card finish-card" aria-labelledby="finish-title">
      <p className="kicker">{t('finish.kicker')}</p>
      <h1 id="finish-title">{t('finish.title', { outcome })}</h1>
      <p className="logged">{t('finish.logged', { outcome })}</p>
      <p className="care">
        {intl.formatMessage(
          { id: today === null ? 'finish.careBreak' : 'finish.careToday' },
          { care: formatCare(today ?? total, t), b: (chunks) => <strong>{chunks}</strong> },
        )}
      </p>
      <div className="primary-row">
        <PrimaryButton busy={busy} onClick={onDone}>
          {t('finish.done')}
        </PrimaryButton>
      </div>
      {done.length > 0 && (
        <ul className="done-list" aria-label={t('finish.whatYouDid')}>
          {done.map(({ plan, held }) => (
            <li key={plan.exerciseId}>
              <span aria-hidden="true">
                {isExerciseDone(plan, held, state.kindOf) ? '✓ ' : '◐ '}
              </span>
              {t('finish.item', {
                name: nameOf(plan.exerciseId),
                held: held.map((s) => formatCare(s, t)).join(' + '),
                partly: String(!isExerciseDone(plan, held, state.kindOf)),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('finish.next', { outcome })}</p>
    </section>
  );
}
