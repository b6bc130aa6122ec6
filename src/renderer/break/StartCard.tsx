import { getPlannedTotal } from '../../core/routine-outcome';
import type { BreakPrompt } from '../../shared/domain';
import { findExercise } from '../../shared/exercises';
import { formatCare } from './format';
import { PrimaryButton } from './PrimaryButton';
import { SafetyNote } from './SafetyNote';

function describeHold(holdSeconds: number[]): string {
  const [first = 0] = holdSeconds;
  return holdSeconds.length > 1 ? `${formatCare(first)} each side` : formatCare(first);
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
  const total = getPlannedTotal(prompt.exercises);
  const kind = prompt.kind === 'movement' ? 'Movement break' : 'Posture break';
  const hasPressure = prompt.exercises.some(
    (plan) => findExercise(plan.exerciseId)?.kind === 'pressure',
  );
  return (
    <section className="card start-card" aria-labelledby="start-title">
      <p className="kicker">{kind}</p>
      <h1 id="start-title">
        {prompt.exercises.length > 0
          ? `Time for ${formatCare(total)} of care`
          : 'Stand up and move for a minute'}
      </h1>
      <div className="primary-row">
        <PrimaryButton busy={busy} onClick={onStart}>
          Start
        </PrimaryButton>
      </div>
      {/* Start stays under the heading; what follows scrolls in its own box if it must. */}
      <div className="start-body" role="region" aria-label="What’s coming" tabIndex={0}>
        {prompt.exercises.length > 0 && (
          <>
            <h2 className="sub">What’s coming</h2>
            <ol className="coming">
              {prompt.exercises.map((plan) => (
                <li key={plan.exerciseId}>
                  <span>{findExercise(plan.exerciseId)?.name ?? plan.exerciseId}</span>
                  <span className="muted"> — {describeHold(plan.holdSeconds)}</span>
                </li>
              ))}
            </ol>
          </>
        )}
        {/* Pressure on a knot is where harm is likeliest: then the note is shown, not folded. */}
        <SafetyNote prominent={hasPressure} />
      </div>
    </section>
  );
}
