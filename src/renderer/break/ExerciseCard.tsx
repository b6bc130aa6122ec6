import type { Dispatch } from 'react';
import { findExercise, getSideText } from '../../shared/exercises';
import { isRated } from '../../core/progression';
import { EffortRating } from './EffortRating';
import { ExerciseFigureView } from './figure/ExerciseFigureView';
import { HoldControls } from './HoldControls';
import { HoldTimer } from './HoldTimer';
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
          {/* A fixed-size slot: any drawing fills it, so the layout never shifts. */}
          <div className="drawing-slot">
            {exercise && (
              <ExerciseFigureView
                figure={exercise.figure}
                side={side}
                label={
                  twoSided ? `${exercise.illustrationAlt} ${side} side.` : exercise.illustrationAlt
                }
              />
            )}
          </div>
          <HoldTimer state={state} />
        </div>
        {exercise && text && (
          // Long text scrolls in its own box, reachable by keyboard, so the timer stays put.
          <div className="exercise-text" role="region" aria-label="How to do it" tabIndex={0}>
            {twoSided && <p className="side-name">Your {side} side</p>}
            {/* In the text box, so the rating never pushes the hold's controls off screen. */}
            {isRated(exercise) && state.phase !== 'ready' && (
              <EffortRating key={exercise.id} exercise={exercise} />
            )}
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
      <HoldControls state={state} busy={busy} dispatch={dispatch} />
    </section>
  );
}
