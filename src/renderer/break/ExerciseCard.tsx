import type { Dispatch } from 'react';
import { findExercise } from '../../shared/exercises';
import { HoldControls } from './HoldControls';
import { HoldTimer } from './HoldTimer';
import { getIllustrationUrl } from './illustrations';
import type { RoutineAction, RoutineState } from './routine-state';
import './exercise-card.css';

/** One exercise: drawing, steps, feel, cautions, why, the hold timer and its controls. */
export function ExerciseCard({
  state,
  busy,
  dispatch,
}: {
  state: RoutineState;
  busy: boolean;
  dispatch: Dispatch<RoutineAction>;
}) {
  const plan = state.plans[state.index];
  const exercise = plan ? findExercise(plan.exerciseId) : undefined;
  const url = exercise ? getIllustrationUrl(exercise.illustration) : undefined;
  return (
    <section className="card exercise-card" aria-labelledby="exercise-title">
      <p className="kicker">
        Exercise {state.index + 1} of {state.plans.length}
      </p>
      <h1 id="exercise-title">{exercise?.name ?? 'Move gently'}</h1>
      <div className="exercise-grid">
        <div className="exercise-side">
          {/* A fixed-size slot: any drawing fills it, so the layout never shifts. */}
          <div className="drawing-slot">
            {url && exercise && (
              <img
                className="drawing"
                src={url}
                alt={exercise.illustrationAlt}
                width={240}
                height={200}
              />
            )}
          </div>
          <HoldTimer state={state} />
        </div>
        {exercise && (
          // Long text scrolls in its own box, reachable by keyboard, so the timer stays put.
          <div className="exercise-text" role="region" aria-label="How to do it" tabIndex={0}>
            <ol className="steps" aria-label="Steps">
              {exercise.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p className="feel">
              <strong>Feel: </strong>
              {exercise.feel}
            </p>
            <div className="stop-if">
              <h2 className="sub" id="stop-title">
                Stop if you feel
              </h2>
              <ul aria-labelledby="stop-title">
                {exercise.stopIf.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            </div>
            <p className="why">
              <strong>Why: </strong>
              {exercise.why}
            </p>
          </div>
        )}
      </div>
      <HoldControls state={state} busy={busy} dispatch={dispatch} />
    </section>
  );
}
