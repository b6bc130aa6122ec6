import { getPlannedTotal } from '../../core/routine-outcome';
import type { BreakPrompt } from '../../shared/domain';
import { SAFETY_NOTE, findExercise } from '../../shared/exercises';
import { formatCare } from './format';
import { PrimaryButton } from './PrimaryButton';

function describeHold(holdSeconds: number[]): string {
  const [first = 0] = holdSeconds;
  return holdSeconds.length > 1 ? `${formatCare(first)} each side` : formatCare(first);
}

function SafetyText() {
  return (
    <>
      <p>{SAFETY_NOTE.notTreatment}</p>
      <p>{SAFETY_NOTE.seeProfessional}</p>
      <p>
        <strong>{SAFETY_NOTE.emergency}</strong>
      </p>
    </>
  );
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
        {hasPressure ? (
          // Pressure on a knot is where harm is likeliest: the note is shown, not folded away.
          <section className="safety" aria-labelledby="safety-title">
            <h2 className="sub" id="safety-title">
              Safety first
            </h2>
            <SafetyText />
          </section>
        ) : (
          <details className="safety">
            <summary>Safety first</summary>
            <SafetyText />
          </details>
        )}
      </div>
    </section>
  );
}
