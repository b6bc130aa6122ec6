import type { AdherenceEvent, AppStatus, BreakPrompt, BreakResult } from '../shared/domain';
import type { Settings } from './settings';
import { planRoutine } from './routine';
import { MINUTE, SECOND, toWall, type Instant } from './time';

/** The engine's tunables, in engine units (ms), derived from settings. */
export interface EngineConfig {
  postureEveryMs: number;
  naturalBreakMs: number;
  sampleEveryMs: number;
  strict: boolean;
  settings: Settings;
}

/** Dev override: shorten the posture interval without touching validated settings. */
export function configFromSettings(settings: Settings, postureEverySeconds?: number): EngineConfig {
  const postureEveryMs =
    postureEverySeconds !== undefined && postureEverySeconds > 0
      ? postureEverySeconds * SECOND
      : settings.breaks.postureEveryMinutes * MINUTE;
  return {
    postureEveryMs,
    naturalBreakMs: settings.breaks.naturalBreakMinutes * MINUTE,
    // Sample often enough to be exact to a minute near the threshold, never faster than 1 s.
    sampleEveryMs: Math.max(SECOND, Math.min(MINUTE, postureEveryMs / 10)),
    strict: settings.breaks.strict,
    settings,
  };
}

export interface EngineState {
  config: EngineConfig;
  /** Monotonic start of the current sitting bout; null while away. */
  sittingSince: number | null;
  pausedUntil: number | null;
  paused: boolean;
  prompt: (BreakPrompt & { boutSeconds: number }) | null;
}

export type EngineInput =
  | { type: 'sample'; idleSeconds: number }
  | { type: 'startBreakNow' }
  | { type: 'pause'; minutes: number | null }
  | { type: 'resume' }
  | { type: 'finishBreak'; result: BreakResult }
  | { type: 'configure'; config: EngineConfig };

export type EngineEffect =
  | { type: 'openBreak'; prompt: BreakPrompt }
  | { type: 'closeBreak' }
  | { type: 'appendLog'; event: AdherenceEvent };

export interface Step {
  state: EngineState;
  effects: EngineEffect[];
  /** Monotonic ms of the next moment anything can change; null: nothing until an input. */
  wakeAt: number | null;
}

export function createEngineState(config: EngineConfig): EngineState {
  return { config, sittingSince: null, pausedUntil: null, paused: false, prompt: null };
}

export function update(state: EngineState, input: EngineInput, now: Instant): Step {
  const effects: EngineEffect[] = [];
  let next = expirePause(state, now);
  switch (input.type) {
    case 'sample':
      next = foldSample(next, input.idleSeconds, now);
      break;
    case 'startBreakNow':
      if (!next.prompt) next = openPrompt(next, now, effects);
      break;
    case 'pause':
      if (!next.prompt) {
        const until = input.minutes === null ? null : now.mono + input.minutes * MINUTE;
        next = { ...next, paused: true, pausedUntil: until, sittingSince: null };
      }
      break;
    case 'resume':
      next = { ...next, paused: false, pausedUntil: null };
      break;
    case 'finishBreak':
      next = finishPrompt(next, input.result, effects);
      break;
    case 'configure':
      next = { ...next, config: input.config };
      break;
  }
  if (!next.paused && !next.prompt && isBreakDue(next, now)) next = openPrompt(next, now, effects);
  return { state: next, effects, wakeAt: nextWake(next, now) };
}

function expirePause(state: EngineState, now: Instant): EngineState {
  if (state.paused && state.pausedUntil !== null && now.mono >= state.pausedUntil) {
    return { ...state, paused: false, pausedUntil: null };
  }
  return state;
}

/** Idle time says how long since the last input, so one sample rebuilds the bout. */
function foldSample(state: EngineState, idleSeconds: number, now: Instant): EngineState {
  if (state.paused || state.prompt) return state;
  const idleMs = Math.max(0, idleSeconds * SECOND);
  if (idleMs >= state.config.naturalBreakMs) return { ...state, sittingSince: null };
  if (state.sittingSince !== null) return state;
  return { ...state, sittingSince: now.mono - idleMs };
}

function isBreakDue(state: EngineState, now: Instant): boolean {
  return (
    state.sittingSince !== null && now.mono - state.sittingSince >= state.config.postureEveryMs
  );
}

function openPrompt(state: EngineState, now: Instant, effects: EngineEffect[]): EngineState {
  const boutSeconds =
    state.sittingSince === null ? 0 : Math.round((now.mono - state.sittingSince) / SECOND);
  const prompt: BreakPrompt = {
    id: `prompt-${now.wall}`,
    kind: 'posture',
    openedAt: now.wall,
    exercises: planRoutine(state.config.settings),
    strict: state.config.strict,
    snoozesLeft: 0,
  };
  effects.push({ type: 'openBreak', prompt });
  return { ...state, prompt: { ...prompt, boutSeconds } };
}

function finishPrompt(
  state: EngineState,
  result: BreakResult,
  effects: EngineEffect[],
): EngineState {
  const prompt = state.prompt;
  if (!prompt || prompt.id !== result.promptId) return state;
  // Strict mode: skipping is not offered, so a skip request counts as partial care at most.
  const outcome = state.config.strict && result.outcome === 'skipped' ? 'partial' : result.outcome;
  effects.push({
    type: 'appendLog',
    event: {
      id: prompt.id,
      at: prompt.openedAt,
      kind: prompt.kind,
      outcome,
      exercises: result.exercises,
      boutSeconds: prompt.boutSeconds,
    },
  });
  effects.push({ type: 'closeBreak' });
  return { ...state, prompt: null, sittingSince: null };
}

function nextWake(state: EngineState, now: Instant): number | null {
  if (state.prompt) return null;
  if (state.paused) return state.pausedUntil;
  const sample = now.mono + state.config.sampleEveryMs;
  if (state.sittingSince === null) return sample;
  return Math.min(sample, state.sittingSince + state.config.postureEveryMs);
}

export function getStatus(state: EngineState, now: Instant): AppStatus {
  const sittingSeconds =
    state.sittingSince === null
      ? 0
      : Math.max(0, Math.round((now.mono - state.sittingSince) / SECOND));
  const dueMono =
    state.paused || state.prompt
      ? null
      : (state.sittingSince ?? now.mono) + state.config.postureEveryMs;
  return {
    phase: state.prompt
      ? 'inBreak'
      : state.paused
        ? 'paused'
        : state.sittingSince === null
          ? 'away'
          : 'sitting',
    sittingSeconds,
    nextBreakAt: dueMono === null ? null : toWall(now, dueMono),
    nextBreakKind: dueMono === null ? null : 'posture',
    pausedUntil: state.paused && state.pausedUntil !== null ? toWall(now, state.pausedUntil) : null,
  };
}
