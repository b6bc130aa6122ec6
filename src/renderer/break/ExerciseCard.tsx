import type { Dispatch } from 'react';
import { isRated } from '../../core/rated-kinds';
import { EffortRating } from './EffortRating';
import { useExerciseLookup } from './exercise-lookup';
import { ExerciseFigureView } from './figure/ExerciseFigureView';
import { HoldControls } from './HoldControls';
import { HoldTimer } from './HoldTimer';
import { OwnExerciseText } from './OwnExerciseText';
import { OwnPicture } from '../common/OwnPicture';
import type { OwnExercise } from '../../shared/programme/own-exercise';
import type { RoutineAction, RoutineState } from './routine-state';
import './exercise-card.css';
import { useExerciseText } from '../common/i18n/use-exercise-text';
import { useText } from '../common/i18n/use-text';

/** One exercise: drawing, steps, feel, cautions, why, the hold timer and its controls. */
export function ExerciseCard({
  promptId,
  state,
  busy,
  dispatch,
  ownExercises = [],
}: {
  /** The break shown, so a changed effort rating replaces the earlier one. */
  promptId: string;
  state: RoutineState;
  busy: boolean;
  dispatch: Dispatch<RoutineAction>;
  /** The person's own exercises in this break (a fixed programme). */
  ownExercises?: readonly OwnExercise[];
}) {
  const t = useText();
  const exerciseText = useExerciseText();
  const lookup = useExerciseLookup();
  const plan = state.plans[state.index];
  const exercise = plan ? lookup.find(plan.exerciseId) : undefined;
  // The right side is the mirror image of the left, and the text names the side in words.
  const twoSided = (plan?.holdSeconds.length ?? 1) > 1;
  const side = twoSided && state.side === 1 ? 'right' : 'left';
  const text = exercise ? exerciseText(exercise, side) : undefined;
  const alt = text?.illustrationAlt ?? '';
  const figureLabel = twoSided ? t('exercise.figureSide', { alt, side }) : alt;
  const own = exercise ? undefined : ownExercises.find((e) => e.id === plan?.exerciseId);
  return (
    <section className="card exercise-card" aria-labelledby="exercise-title">
      <p className="kicker">
        {t('exercise.count', { number: state.index + 1, total: state.plans.length })}
      </p>
      <h1 id="exercise-title">{text?.name ?? own?.name ?? t('exercise.fallbackName')}</h1>
      <div className="exercise-grid">
        <div className="exercise-side">
          {/* A fixed-size slot: any drawing fills it, so the layout never shifts. */}
          <div className="drawing-slot">
            {exercise && text && (
              <ExerciseFigureView
                figure={exercise.figure}
                side={side}
                label={figureLabel}
                stillLabel={t('exercise.figureStill', { label: figureLabel })}
              />
            )}
            {own?.picture && (
              <OwnPicture
                picture={own.picture}
                alt={t('exercise.ownPicture', { name: own.name })}
              />
            )}
          </div>
          <HoldTimer state={state} />
        </div>
        {exercise && text && (
          // Long text scrolls in its own box, reachable by keyboard, so the timer stays put.
          <div
            className="exercise-text"
            role="region"
            aria-label={t('exercise.howTo')}
            tabIndex={0}
          >
            {twoSided && <p className="side-name">{t('exercise.yourSide', { side })}</p>}
            {/* In the text box, so the rating never pushes the hold's controls off screen. */}
            {isRated(exercise) && state.phase !== 'ready' && (
              <EffortRating key={exercise.id} promptId={promptId} exercise={exercise} />
            )}
            <ol className="steps" aria-label={t('exercise.steps')}>
              {text.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p className="feel">
              <strong>{t('exercise.feel')} </strong>
              {text.feel}
            </p>
            <div className="stop-if">
              <h2 className="sub" id="stop-title">
                {t('exercise.stopIf')}
              </h2>
              <ul aria-labelledby="stop-title">
                {text.stopIf.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            </div>
            <p className="why">
              <strong>{t('exercise.why')} </strong>
              {text.why}
            </p>
          </div>
        )}
        {own && <OwnExerciseText exercise={own} side={twoSided ? side : null} />}
      </div>
      <HoldControls state={state} busy={busy} dispatch={dispatch} />
    </section>
  );
}
