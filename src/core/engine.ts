import type { AppStatus } from '../shared/domain';
import { onSample, onSystem } from './activity';
import type { EngineEffect, EngineInput } from './engine-types';
import { configFromSettings, getPersisted, type EngineState } from './engine-state';
import { applyFocus, applyMeetingEnd, getHoldReason, setMeeting, setSourceFocus } from './focus';
import { applyCalendar, getPauseEnd, startPause } from './pause';
import { endPending } from './prompt-end';
import { startReleaseIfDue } from './release-start';
import { settleOutcome } from './routine-outcome';
import { advance, canSnooze, getNextBreak, isDueInHours, startNow } from './scheduler';
import { applyStanceTimers, getEffectiveIdle, setAtDesk, setStance } from './stance';
import { SECOND, toWall, type Instant } from './time';
import { getWakeAt } from './wake';

export type { EngineEffect, EngineInput } from './engine-types';
export {
  configFromSettings,
  createEngineState,
  getPersisted,
  type EngineConfig,
  type EngineOptions,
  type EngineState,
} from './engine-state';

export interface Step {
  state: EngineState;
  effects: EngineEffect[];
  /** Monotonic ms of the next moment anything can change; null: nothing until an input. */
  wakeAt: number | null;
}

function applyInput(
  state: EngineState,
  input: EngineInput,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  switch (input.type) {
    case 'sample':
      return onSample(state, getEffectiveIdle(state, input.idleSeconds, now), now, effects);
    case 'system':
      return onSystem(state, input.event, now, effects);
    case 'startBreakNow':
      return startNow(state, now, effects);
    case 'snooze':
      return state.pending && canSnooze(state) ? endPending(state, 'snoozed', now, effects) : state;
    case 'skip':
      return state.pending && !state.config.settings.breaks.strict
        ? endPending(state, 'skipped', now, effects)
        : state;
    case 'pause':
      return startPause(state, input.length, now, effects);
    case 'resume':
      // Look at once: the person who resumes is at the keyboard.
      return state.pause ? { ...state, pause: null, lookAt: now.mono } : state;
    case 'finishBreak': {
      const pending = state.pending;
      if (pending?.stage !== 'open' || pending.id !== input.result.promptId) return state;
      // A break is taken only when half its planned hold time was held (the log tells
      // what happened, strict mode included); past the snooze limit a snooze is a skip.
      let outcome = settleOutcome(pending.prompt?.exercises ?? [], input.result);
      if (outcome === 'snoozed' && !canSnooze(state)) outcome = 'skipped';
      return endPending(state, outcome, now, effects, input.result.exercises);
    }
    case 'configure':
      return { ...state, config: configFromSettings(input.settings, state.options) };
    case 'timeZone':
      return isValidZone(input.timeZone)
        ? { ...state, options: { ...state.options, timeZone: input.timeZone } }
        : state;
    case 'focus':
      return setSourceFocus(state, input.state, now);
    case 'meeting':
      return setMeeting(state, input.minutes, now);
    case 'atDesk':
      return setAtDesk(state, input.on, now);
    case 'stance':
      return setStance(state, input.stance, now, effects);
    case 'knots':
      return { ...state, knotMarks: input.marks };
    case 'releaseCheck':
      return startReleaseIfDue(state, now, effects);
  }
}

/** True for an IANA zone the runtime knows; an unknown zone is ignored, not fatal. */
function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * One step of the engine: folds `input` at `now` into the state, moves any break
 * along, and says when to wake next. Pure: time is an argument.
 */
export function update(state: EngineState, input: EngineInput, now: Instant): Step {
  const effects: EngineEffect[] = [];
  let next = applyCalendar(state, now, effects);
  next = applyInput(next, input, now, effects);
  next = applyCalendar(next, now, effects);
  next = applyStanceTimers(applyMeetingEnd(next, now), now, effects);
  // Focus first: a break due during a call is held before the scheduler could announce it.
  next = applyFocus(next, now, effects);
  next = advance(next, now, effects, input.type === 'sample');
  if (
    next.pause !== state.pause ||
    next.snoozeCount !== state.snoozeCount ||
    next.lastBreakAt !== state.lastBreakAt ||
    next.recentExercises !== state.recentExercises ||
    next.releaseOfferedAt !== state.releaseOfferedAt
  ) {
    effects.push({ type: 'persist', state: getPersisted(next) });
  }
  return { state: next, effects, wakeAt: getWakeAt(next, now) };
}

export function getStatus(state: EngineState, now: Instant): AppStatus {
  const sittingSeconds =
    state.sittingSince === null
      ? 0
      : Math.max(0, Math.round((now.mono - state.sittingSince) / SECOND));
  const pending = state.pending;
  let phase: AppStatus['phase'] = state.sittingSince === null ? 'away' : 'sitting';
  if (state.pause) phase = 'paused';
  else if (pending?.stage === 'open') phase = pending.focusedAt === null ? 'due' : 'inBreak';
  else if (state.offHours) phase = 'offHours';
  else if (pending && pending.stage !== 'held') phase = 'notice';
  let next: { kind: AppStatus['nextBreakKind']; at: number } | null = null;
  if (!state.pause && !state.offHours) {
    if (pending) next = { kind: pending.kind, at: pending.dueAt };
    else {
      const due = getNextBreak(state, now);
      if (due && isDueInHours(state, due.at, now)) next = due;
    }
  }
  const pauseEnd = state.pause ? getPauseEnd(state.pause, now) : null;
  return {
    phase,
    sittingSeconds,
    nextBreakAt: next === null ? null : toWall(now, next.at),
    nextBreakKind: next?.kind ?? null,
    pausedUntil: pauseEnd === null ? null : toWall(now, pauseEnd),
    idleAvailable: state.idleKnown,
    focus: state.focus,
    meeting: state.meeting
      ? { until: state.meeting.until === null ? null : toWall(now, state.meeting.until) }
      : null,
    held: pending?.stage === 'held' && getHoldReason(state) !== null,
    atDesk: state.atDeskUntil !== null,
    stance: state.standing ? 'standing' : 'sitting',
  };
}
