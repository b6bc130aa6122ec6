import { getPlannedTotal } from '../../core/routine-outcome';
import type { BreakPrompt } from '../../shared/domain';
import { useExerciseLookup } from './exercise-lookup';
import { formatCare } from './format';
import { PrimaryButton } from './PrimaryButton';
import { SafetyNote } from './SafetyNote';
import { useExerciseText } from '../common/i18n/use-exercise-text';
import { useText } from '../common/i18n/use-text';

function describeHold(holdSeconds: number[], t: ReturnType<typeof useText>): string {
  const [first = 0] = holdSeconds;
  const care = formatCare(first, t);
  return holdSeconds.length > 1 ? t('break.eachSide', { care }) : care;
}

/** What's coming and how long it takes; Start (Enter) begins the first exercise. */
export function StartCard({
  prompt,
  busy,
  onStart,
}: {
  prompt: BreakPrompt;
  busy: boolean;
  onStart: () => void;
}) {
  const t = useText();
  const exerciseText = useExerciseText();
  const lookup = useExerciseLookup();
  const total = getPlannedTotal(prompt.exercises);
  const kind = t('break.kind', { kind: prompt.kind });
  const hasPressure = prompt.exercises.some(
    (plan) => lookup.find(plan.exerciseId)?.kind === 'pressure',
  );
  return (
    <section className="card start-card" aria-labelledby="start-title">
      <p className="kicker">{kind}</p>
      <h1 id="start-title">
        {prompt.exercises.length > 0
          ? t('break.timeFor', { care: formatCare(total, t) })
          : t('break.standUp')}
      </h1>
      <div className="primary-row">
        <PrimaryButton busy={busy} onClick={onStart}>
          {t('break.start')}
        </PrimaryButton>
      </div>
      {/* Start stays under the heading; what follows scrolls in its own box if it must. */}
      <div className="start-body" role="region" aria-label={t('break.coming')} tabIndex={0}>
        {prompt.exercises.length > 0 && (
          <>
            <h2 className="sub">{t('break.coming')}</h2>
            <ol className="coming">
              {prompt.exercises.map((plan) => {
                const exercise = lookup.find(plan.exerciseId);
                return (
                  <li key={plan.exerciseId}>
                    <span>
                      {exercise
                        ? exerciseText(exercise).name
                        : (prompt.ownExercises?.find((own) => own.id === plan.exerciseId)?.name ??
                          plan.exerciseId)}
                    </span>
                    <span className="muted"> — {describeHold(plan.holdSeconds, t)}</span>
                  </li>
                );
              })}
            </ol>
          </>
        )}
        {/* Pressure on a knot is where harm is likeliest: then the note is shown, not folded. */}
        <SafetyNote prominent={hasPressure} />
      </div>
    </section>
  );
}
