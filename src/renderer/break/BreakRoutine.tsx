import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getLoggedResult } from '../../core/routine-outcome';
import type { BreakPrompt, BreakResult, ChosenOutcome } from '../../shared/domain';
import { useApi } from '../common/api';
import { BreakActions } from './BreakActions';
import { ExerciseCard } from './ExerciseCard';
import { FinishCard } from './FinishCard';
import { isRunning } from './routine-state';
import { StartCard } from './StartCard';
import { useRoutine } from './use-routine';
import { useShortcuts } from './use-shortcuts';
import { useText } from '../common/i18n/use-text';

/** The finish card reports by itself after this long, so a walk-away still counts. */
export const FINISH_CLOSE_SECONDS = 20;

/** One break from start card to finish card, reporting its outcome to main once. */
export function BreakRoutine({ prompt }: { prompt: BreakPrompt }) {
  const api = useApi();
  const t = useText();
  const routine = useRoutine(prompt);
  const { state, dispatch } = routine;
  const [sending, setSending] = useState<ChosenOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canSnooze = prompt.snoozesLeft > 0;

  const send = useCallback(
    (result: Omit<BreakResult, 'promptId'>) => {
      setSending(result.outcome);
      setError(null);
      api.finishBreak({ promptId: prompt.id, ...result }).catch((reason: unknown) => {
        setSending(null);
        setError(t('break.saveError', { reason: String(reason) }));
      });
    },
    [api, prompt.id, t],
  );
  // What the log will say, as the finish card says it: settled by the rule main applies.
  const result = useMemo(
    () => getLoggedResult(prompt.exercises, state.plans, state.held, state.kindOf),
    [prompt.exercises, state.plans, state.held, state.kindOf],
  );
  const finish = useCallback(() => send(result), [send, result]);
  const snooze = (): void => {
    if (!canSnooze || sending) return;
    send({ outcome: 'snoozed', exercises: result.exercises });
  };
  const skipBreak = (): void => {
    if (prompt.strict || sending) return;
    // Care already taken is kept: with half the planned time held, the break was taken.
    const outcome = result.outcome === 'skipped' ? 'skipped' : 'partial';
    send({ outcome, exercises: result.exercises });
  };
  const start = (): void => {
    routine.unlockSound();
    dispatch({ type: 'start' });
  };

  const finished = state.phase === 'finish';
  // Each new card starts at the top of the window, whatever the last one scrolled to.
  const main = useRef<HTMLElement>(null);
  const card = isRunning(state) ? `exercise-${state.index}` : state.phase;
  useEffect(() => {
    const element = main.current;
    if (element) element.scrollTop = 0;
  }, [card]);
  useEffect(() => {
    if (!finished || sending || error) return undefined;
    const id = setTimeout(finish, FINISH_CLOSE_SECONDS * 1000);
    return () => clearTimeout(id);
  }, [finished, sending, error, finish]);

  const busy = sending !== null;
  useShortcuts(
    busy
      ? {}
      : {
          onSpace: isRunning(state) ? () => dispatch({ type: 'togglePause' }) : undefined,
          onEnter:
            state.phase === 'start' ? start : finished ? finish : () => dispatch({ type: 'next' }),
          onEscape: finished ? undefined : snooze,
        },
  );

  return (
    <main ref={main} className="break" data-phase={state.phase} aria-busy={busy}>
      {state.phase === 'start' && <StartCard prompt={prompt} busy={busy} onStart={start} />}
      {isRunning(state) && (
        <ExerciseCard
          key={state.index}
          promptId={prompt.id}
          state={state}
          busy={busy}
          dispatch={dispatch}
          ownExercises={prompt.ownExercises}
        />
      )}
      {finished && (
        <FinishCard
          state={state}
          outcome={result.outcome}
          careTodaySeconds={prompt.careTodaySeconds}
          busy={busy}
          onDone={finish}
          ownExercises={prompt.ownExercises}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <BreakActions
        prompt={prompt}
        busy={busy}
        finished={finished}
        muted={routine.muted}
        onToggleMuted={routine.toggleMuted}
        onSnooze={snooze}
        onSkipBreak={skipBreak}
        sending={sending}
      />
    </main>
  );
}
