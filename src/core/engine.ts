import type { AppStatus, BreakPrompt, BreakResult } from '../shared/domain';
import type { EngineEffect, EngineInput, PauseLength } from './engine-types';
import { planRoutine } from './routine';
import type { Settings } from './settings';
import { MINUTE, SECOND, toWall, type Instant } from './time';

export type { EngineEffect, EngineInput } from './engine-types';

/** Options fixed when the engine is created (not user settings). */
export interface EngineOptions {
  /** Dev/test override of the posture interval (UNKNOT_BREAK_EVERY_SECONDS). */
  postureEverySeconds?: number;
  /** IANA zone for calendar rules ("today", working hours). */
  timeZone: string;
}

/** The engine's tunables, in engine units (ms), derived from settings. */
export interface EngineConfig {
  postureEveryMs: number;
  naturalBreakMs: number;
  sampleEveryMs: number;
  settings: Settings;
}

export function configFromSettings(settings: Settings, options: EngineOptions): EngineConfig {
  const override = options.postureEverySeconds;
  const postureEveryMs =
    override !== undefined && override > 0
      ? override * SECOND
      : settings.breaks.postureEveryMinutes * MINUTE;
  return {
    postureEveryMs,
    naturalBreakMs: settings.breaks.naturalBreakMinutes * MINUTE,
    // Sample often enough to be exact to a minute near the threshold, never faster than 1 s.
    sampleEveryMs: Math.max(SECOND, Math.min(MINUTE, postureEveryMs / 10)),
    settings,
  };
}

export interface EngineState {
  options: EngineOptions;
  config: EngineConfig;
  /** Monotonic start of the current sitting bout; null while away. */
  sittingSince: number | null;
  pausedUntil: number | null;
  paused: boolean;
  prompt: (BreakPrompt & { boutSeconds: number }) | null;
  recentExercises: { exerciseId: string; at: number }[];
}

export interface Step {
  state: EngineState;
  effects: EngineEffect[];
  /** Monotonic ms of the next moment anything can change; null: nothing until an input. */
  wakeAt: number | null;
}

export function createEngineState(settings: Settings, options: EngineOptions): EngineState {
  return {
    options,
    config: configFromSettings(settings, options),
    sittingSince: null,
    pausedUntil: null,
    paused: false,
    prompt: null,
    recentExercises: [],
  };
}

/**
 * First version of the engine: one break kind, no notice, no working hours. The break
 * engine (issue 3) replaces the body; the signature and vocabulary stay.
 */
export function update(state: EngineState, input: EngineInput, now: Instant): Step {
  const effects: EngineEffect[] = [];
  let next = expirePause(state, now);
  switch (input.type) {
    case 'sample':
      next = foldSample(next, input.idleSeconds ?? 0, now);
      break;
    case 'system':
      if (input.event === 'lock' || input.event === 'suspend')
        next = { ...next, sittingSince: null };
      break;
    case 'startBreakNow':
      if (!next.prompt) next = openPrompt(next, now, effects);
      break;
    case 'snooze':
    case 'skip':
      break;
    case 'pause':
      if (!next.prompt) next = pause(next, input.length, now);
      break;
    case 'resume':
      next = { ...next, paused: false, pausedUntil: null };
      break;
    case 'finishBreak':
      next = finishPrompt(next, input.result, now, effects);
      break;
    case 'configure':
      next = { ...next, config: configFromSettings(input.settings, next.options) };
      break;
  }
  if (!next.paused && !next.prompt && isBreakDue(next, now)) next = openPrompt(next, now, effects);
  return { state: next, effects, wakeAt: nextWake(next, now) };
}

function pause(state: EngineState, length: PauseLength, now: Instant): EngineState {
  const until = typeof length === 'object' ? now.mono + length.minutes * MINUTE : null;
  return { ...state, paused: true, pausedUntil: until, sittingSince: null };
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
  const { settings } = state.config;
  const prompt: BreakPrompt = {
    id: `prompt-${now.wall}`,
    kind: 'posture',
    openedAt: now.wall,
    exercises: planRoutine({
      kind: 'posture',
      budgetSeconds: settings.breaks.postureSeconds,
      settings,
      recent: state.recentExercises,
      now: now.wall,
      timeZone: state.options.timeZone,
    }),
    strict: settings.breaks.strict,
    snoozesLeft: 0,
    sound: { enabled: settings.sound.enabled, volume: settings.sound.volume },
  };
  effects.push({ type: 'openBreak', prompt });
  return { ...state, prompt: { ...prompt, boutSeconds } };
}

function finishPrompt(
  state: EngineState,
  result: BreakResult,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const prompt = state.prompt;
  if (!prompt || prompt.id !== result.promptId) return state;
  // Strict mode offers no skip, so a skip request counts as partial care at most.
  const outcome = prompt.strict && result.outcome === 'skipped' ? 'partial' : result.outcome;
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
  const done = result.exercises.map((record) => ({ exerciseId: record.exerciseId, at: now.wall }));
  return {
    ...state,
    prompt: null,
    sittingSince: null,
    recentExercises: [...state.recentExercises, ...done].slice(-100),
  };
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
  let phase: AppStatus['phase'] = 'sitting';
  if (state.prompt) phase = 'inBreak';
  else if (state.paused) phase = 'paused';
  else if (state.sittingSince === null) phase = 'away';
  return {
    phase,
    sittingSeconds,
    nextBreakAt: dueMono === null ? null : toWall(now, dueMono),
    nextBreakKind: dueMono === null ? null : 'posture',
    pausedUntil: state.paused && state.pausedUntil !== null ? toWall(now, state.pausedUntil) : null,
  };
}
