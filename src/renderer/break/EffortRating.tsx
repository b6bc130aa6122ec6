import { useState } from 'react';
import type { Effort, EffortRated } from '../../shared/domain';
import type { Exercise } from '../../shared/exercises';
import { useApi } from '../common/api';
import type { MessageId } from '../../shared/i18n/messages/en';
import { useExerciseText } from '../common/i18n/use-exercise-text';
import { useText } from '../common/i18n/use-text';

const CHOICES: readonly { effort: Effort; label: MessageId }[] = [
  { effort: 'too-much', label: 'effort.tooMuch' },
  { effort: 'right', label: 'effort.right' },
  { effort: 'too-little', label: 'effort.tooLittle' },
];

/**
 * One tap after a pressure hold or a strength set: the next dose of this exercise moves a
 * level (main keeps it inside the evidence, never raises it after "too much", and lets a
 * changed answer in the same break replace the earlier one).
 */
export function EffortRating({ promptId, exercise }: { promptId: string; exercise: Exercise }) {
  const api = useApi();
  const t = useText();
  const text = useExerciseText()(exercise);
  const [answer, setAnswer] = useState<{ effort: Effort; rated: EffortRated } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rate = (effort: Effort) => {
    setError(null);
    api
      .rateEffort({ promptId, exerciseId: exercise.id, effort })
      .then((rated) => setAnswer({ effort, rated }))
      .catch(() => setError(t('effort.saveError')));
  };
  const hint =
    answer?.effort === 'too-much'
      ? text.easier
      : answer?.effort === 'too-little'
        ? text.harder
        : undefined;
  return (
    <div className="effort" role="group" aria-labelledby={`effort-${exercise.id}`}>
      <p className="sub" id={`effort-${exercise.id}`}>
        {t('effort.question')}
      </p>
      <div className="effort-choices">
        {CHOICES.map(({ effort, label }) => (
          <button
            key={effort}
            type="button"
            aria-pressed={answer?.effort === effort}
            onClick={() => rate(effort)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <p className="effort-answer" role="status">
        {error ??
          (answer &&
            (answer.rated.changed
              ? t('effort.next', { seconds: answer.rated.nextSeconds })
              : t('effort.same', { seconds: answer.rated.nextSeconds })))}
        {hint && ` ${hint}`}
      </p>
    </div>
  );
}
