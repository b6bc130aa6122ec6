import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { BreakPrompt } from '../../shared/domain';
import { createRoutineState, isRunning, routineReducer, type RoutineState } from './routine-state';
import { createCuePlayer, type Cue } from './sound';

/** Which cue, if any, marks the move from one state to the next. */
function getCue(before: RoutineState, after: RoutineState): Cue | null {
  if (after.phase === before.phase && after.side === before.side && after.index === before.index) {
    return null;
  }
  if (after.phase === 'switch') return 'switch';
  if (after.phase === 'finish' && before.phase !== 'finish') return 'finish';
  if (after.phase === 'hold' && before.phase !== 'hold') return 'hold';
  return null;
}

/** The routine's state, a one-second tick while it runs, and its sound cues. */
export function useRoutine(prompt: BreakPrompt) {
  const [state, dispatch] = useReducer(routineReducer, prompt, createRoutineState);
  const [muted, setMuted] = useState(!prompt.sound.enabled || prompt.sound.volume <= 0);
  const player = useMemo(() => createCuePlayer(), []);
  const previous = useRef(state);

  const ticking = isRunning(state) && !state.paused;
  useEffect(() => {
    if (!ticking) return undefined;
    const id = setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => clearInterval(id);
  }, [ticking]);

  useEffect(() => {
    const cue = getCue(previous.current, state);
    previous.current = state;
    if (cue && !muted) player.play(cue, prompt.sound.volume);
  }, [state, muted, player, prompt.sound.volume]);

  useEffect(() => () => player.close(), [player]);

  return {
    state,
    dispatch,
    muted,
    toggleMuted: () => setMuted((value) => !value),
    /** Browsers start audio only after a gesture: call from the Start press. */
    unlockSound: () => player.unlock(),
  };
}
