import { useState } from 'react';
import type { Effort, EffortRated } from '../../shared/domain';
import type { Exercise } from '../../shared/exercises';
import { useApi } from '../common/api';

const CHOICES: readonly { effort: Effort; label: string }[] = [
  { effort: 'too-much', label: 'Too much' },
  { effort: 'right', label: 'About right' },
  { effort: 'too-little', label: 'Too little' },
];

/**
 * One tap after a pressure hold or a strength set: the next dose of this exercise moves a
 * level (main keeps it inside the evidence, and never raises it after "too much").
 */
export function EffortRating({ exercise }: { exercise: Exercise }) {
  const api = useApi();
  const [answer, setAnswer] = useState<{ effort: Effort; rated: EffortRated } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rate = (effort: Effort) => {
    setError(null);
    api
      .rateEffort({ exerciseId: exercise.id, effort })
      .then((rated) => setAnswer({ effort, rated }))
      .catch(() => setError('Could not save that; the dose stays as it was.'));
  };
  const hint =
    answer?.effort === 'too-much'
      ? exercise.easier
      : answer?.effort === 'too-little'
        ? exercise.harder
        : undefined;
  return (
    <div className="effort" role="group" aria-labelledby={`effort-${exercise.id}`}>
      <p className="sub" id={`effort-${exercise.id}`}>
        How was that?
      </p>
      <div className="effort-choices">
        {CHOICES.map(({ effort, label }) => (
          <button
            key={effort}
            type="button"
            aria-pressed={answer?.effort === effort}
            onClick={() => rate(effort)}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="effort-answer" role="status">
        {error ??
          (answer &&
            (answer.rated.changed
              ? `Next time: ${answer.rated.nextSeconds} s.`
              : `Next time stays at ${answer.rated.nextSeconds} s.`))}
        {hint && ` ${hint}`}
      </p>
    </div>
  );
}
