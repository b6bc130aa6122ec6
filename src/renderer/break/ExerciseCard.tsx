import type { Dispatch } from 'react';
import { findExercise, getSideText } from '../../shared/exercises';
import { isRated } from '../../core/progression';
import { EffortRating } from './EffortRating';
import { ExerciseFigureView } from './figure/ExerciseFigureView';
import { HoldTimer } from './HoldTimer';
import type { RoutineAction, RoutineState } from './routine-state';
import './exercise-card.css';
import { PrimaryButton } from './PrimaryButton';

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
  const last = state.index === state.plans.length - 1;
  // The right side is the mirror image of the left, and the text names the side in words.
  const twoSided = (plan?.holdSeconds.length ?? 1) > 1;
  const side = twoSided && state.side === 1 ? 'right' : 'left';
  const text = exercise ? getSideText(exercise, side) : undefined;
  return (
    <section className="card exercise-card" aria-labelledby="exercise-title">
      <p className="kicker">
        Exercise {state.index + 1} of {state.plans.length}
      </p>
      <h1 id="exercise-title">{exercise?.name ?? 'Move gently'}</h1>
      <div className="exercise-grid">
        <div className="exercise-side">
          {exercise && (
            <ExerciseFigureView
              figure={exercise.figure}
              side={side}
              label={
                twoSided ? `${exercise.illustrationAlt} ${side} side.` : exercise.illustrationAlt
              }
            />
          )}
          <HoldTimer state={state} />
          {exercise && isRated(exercise) && state.phase !== 'ready' && (
            <EffortRating key={exercise.id} exercise={exercise} />
          )}
        </div>
        {exercise && text && (
          <div className="exercise-text">
            {twoSided && <p className="side-name">Your {side} side</p>}
            <ol className="steps" aria-label="Steps">
              {text.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p className="feel">
              <strong>Feel: </strong>
              {text.feel}
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
      <div className="primary-row">
        <button
          type="button"
          aria-keyshortcuts="Space"
          disabled={busy}
          onClick={() => dispatch({ type: 'togglePause' })}
        >
          {state.paused ? 'Resume' : 'Pause'} <kbd aria-hidden="true">Space</kbd>
        </button>
        <PrimaryButton busy={busy} onClick={() => dispatch({ type: 'next' })}>
          {last ? 'Finish' : 'Next exercise'}
        </PrimaryButton>
        <button type="button" disabled={busy} onClick={() => dispatch({ type: 'skipExercise' })}>
          Skip this exercise
        </button>
      </div>
    </section>
  );
}
