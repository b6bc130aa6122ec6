import { useEffect, useState } from 'react';
import type { BreakPrompt, ChosenOutcome, ExerciseRecord } from '../../shared/domain';
import { findExercise } from '../../shared/exercises';
import { useApi } from '../common/api';
import { useCountdown } from './use-countdown';
import './break.css';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; prompt: BreakPrompt }
  | { state: 'none' }
  | { state: 'error'; message: string };

/** Splits seconds held across the sides in order: left first, then right. */
function heldPerSide(holds: number[], elapsed: number): number[] {
  let left = elapsed;
  return holds.map((hold) => {
    const held = Math.min(hold, left);
    left -= held;
    return held;
  });
}

export function BreakView() {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    api.getBreak().then(
      (prompt) => setLoad(prompt ? { state: 'ready', prompt } : { state: 'none' }),
      (error: unknown) => setLoad({ state: 'error', message: String(error) }),
    );
  }, [api]);

  if (load.state === 'loading') return <main className="break" aria-busy="true" />;
  if (load.state === 'none')
    return (
      <main className="break">
        <p>No break is due right now.</p>
      </main>
    );
  if (load.state === 'error') {
    return (
      <main className="break">
        <p role="alert">Unknot could not load this break: {load.message}</p>
      </main>
    );
  }
  return <BreakRoutine prompt={load.prompt} />;
}

function BreakRoutine({ prompt }: { prompt: BreakPrompt }) {
  const api = useApi();
  const planned = prompt.exercises[0];
  const exercise = planned ? findExercise(planned.exerciseId) : undefined;
  const total = planned ? planned.holdSeconds.reduce((sum, s) => sum + s, 0) : 0;
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const elapsed = useCountdown(total, !sent);
  const remaining = total - elapsed;

  const finish = (outcome: ChosenOutcome): void => {
    const exercises: ExerciseRecord[] =
      planned && outcome !== 'skipped'
        ? [
            {
              exerciseId: planned.exerciseId,
              heldSeconds: heldPerSide(planned.holdSeconds, elapsed),
            },
          ]
        : [];
    setSent(true);
    api.finishBreak({ promptId: prompt.id, outcome, exercises }).catch((reason: unknown) => {
      setSent(false);
      setError(`Your break was not saved: ${String(reason)}. Try again.`);
    });
  };

  if (!planned || !exercise) {
    return (
      <main className="break">
        <h1>Stand up and move for a minute</h1>
        <button type="button" className="primary" onClick={() => finish('completed')}>
          Done
        </button>
      </main>
    );
  }

  return (
    <main className="break">
      <p className="kicker">{prompt.kind === 'movement' ? 'Movement break' : 'Posture break'}</p>
      <h1>{exercise.name}</h1>
      <ol className="steps">
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="feel">{exercise.feel}</p>
      <div className="timer" role="timer" aria-label="Time left" aria-live="off">
        {remaining} s
      </div>
      {error && <p role="alert">{error}</p>}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={sent}
          onClick={() => finish(remaining === 0 ? 'completed' : 'partial')}
        >
          Done
        </button>
        {!prompt.strict && (
          <button type="button" disabled={sent} onClick={() => finish('skipped')}>
            Skip
          </button>
        )}
      </div>
    </main>
  );
}
