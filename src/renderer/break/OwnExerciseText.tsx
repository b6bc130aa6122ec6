import { ALWAYS_STOP_IF } from '../../shared/exercises/sources';
import type { OwnExercise } from '../../shared/programme/own-exercise';
import { useSourceText, useText } from '../common/i18n/use-text';

/**
 * The text of a person's own exercise: their own words as plain text (React escapes
 * them, and they stay in the language they were written in), their dose, and the
 * general stop-if lines. No claims: it is theirs, not ours.
 */
export function OwnExerciseText({
  exercise,
  side,
}: {
  exercise: OwnExercise;
  side: 'left' | 'right' | null;
}) {
  const t = useText();
  const say = useSourceText();
  const { dose } = exercise;
  const sides = exercise.sides === 'both' ? 'both' : 'one';
  return (
    <div className="exercise-text" role="region" aria-label={t('exercise.howTo')} tabIndex={0}>
      {side && <p className="side-name">{t('exercise.yourSide', { side })}</p>}
      <p className="own-dose">
        {dose.type === 'hold'
          ? t('exercise.ownHold', { seconds: dose.seconds, sides })
          : t('exercise.ownReps', { count: dose.count, sides })}
      </p>
      <ol className="steps" aria-label={t('exercise.steps')}>
        {exercise.steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <div className="stop-if">
        <h2 className="sub" id="stop-title">
          {t('exercise.stopIf')}
        </h2>
        <ul aria-labelledby="stop-title">
          {ALWAYS_STOP_IF.map((caution) => (
            <li key={caution}>{say(caution)}</li>
          ))}
        </ul>
      </div>
      <p className="why">{t('exercise.ownWhy')}</p>
    </div>
  );
}
