import type { BreakKind, BreakPrompt } from '../shared/domain';
import { isTracking, settleAbsence } from './activity';
import type { EngineEffect } from './engine-types';
import type { EngineState, PendingBreak } from './engine-state';
import { endBout, endPending } from './prompt-end';
import { planRoutine } from './routine';
import { SECOND, toWall, type Instant } from './time';
import { isWorkingIn } from './working-hours';

/**
 * The break state machine: sitting → notice → open (waiting for a pause in typing)
 * → focused → one logged outcome. Posture counts continuous sitting; movement counts
 * all sitting since the last movement break; when both fall due, movement wins.
 */

export interface NextBreak {
  kind: BreakKind;
  /** Monotonic break time. */
  at: number;
}

/** When the next break falls due, from the sitting so far; null while not sitting. */
export function getNextBreak(state: EngineState, now: Instant): NextBreak | null {
  const since = state.sittingSince;
  if (since === null) return null;
  const { postureEveryMs } = state.config;
  // Standing is itself a change of posture: only movement falls due while standing.
  const postureAt = state.standing
    ? Number.POSITIVE_INFINITY
    : Math.max(since, state.postureFrom) + postureEveryMs;
  const movementAt = getMovementDueAt(state, since, now);
  const kind: BreakKind = movementAt <= postureAt ? 'movement' : 'posture';
  const at = Math.min(postureAt, movementAt);
  return { kind, at: state.snoozedUntil === null ? at : Math.max(at, state.snoozedUntil) };
}

/** When the movement break falls due: all sitting since the last one reaches its interval. */
export function getMovementDueAt(state: EngineState, since: number, now: Instant): number {
  const sat = state.movementSatMs + Math.max(0, now.mono - Math.max(since, state.movementFrom));
  return now.mono + state.config.movementEveryMs - sat;
}

/**
 * True when the break at monotonic `at` would fall inside working hours. A break already
 * due falls now (after a clock jump its wall time may read as before the day began).
 */
export function isDueInHours(state: EngineState, at: number, now: Instant): boolean {
  const wall = toWall(now, Math.max(at, now.mono));
  return isWorkingIn(state.hours, state.config.settings, wall, state.options.timeZone);
}

export function canSnooze(state: EngineState): boolean {
  return state.snoozeCount < state.config.settings.breaks.snoozeLimit;
}

export function newPending(
  state: EngineState,
  kind: BreakKind,
  dueAt: number,
  now: Instant,
  manual: boolean,
): PendingBreak {
  return {
    id: `prompt-${now.wall}-${state.seq}`,
    kind,
    dueAt,
    stage: 'notice',
    manual,
    prompt: null,
    openedAt: null,
    focusedAt: null,
    boutSeconds: 0,
  };
}

/** Opens the break window; `release` (the release session) brings its own plan and rules. */
export function open(
  state: EngineState,
  pending: PendingBreak,
  now: Instant,
  effects: EngineEffect[],
  release?: Pick<BreakPrompt, 'exercises' | 'strict' | 'snoozesLeft'>,
): EngineState {
  const { settings } = state.config;
  const b = settings.breaks;
  const prompt: BreakPrompt = {
    id: pending.id,
    kind: pending.kind,
    openedAt: now.wall,
    exercises:
      release?.exercises ??
      planRoutine({
        kind: pending.kind,
        budgetSeconds: pending.kind === 'movement' ? b.movementMinutes * 60 : b.postureSeconds,
        settings,
        recent: state.recentExercises,
        now: now.wall,
        timeZone: state.options.timeZone,
        knotMarks: state.knotMarks,
      }),
    strict: release?.strict ?? b.strict,
    snoozesLeft: release?.snoozesLeft ?? Math.max(0, b.snoozeLimit - state.snoozeCount),
    // A break that waited its longest, or comes during do-not-disturb, comes without sound.
    sound: {
      enabled: settings.sound.enabled && !pending.held?.quiet && state.focus !== 'dnd',
      volume: settings.sound.volume,
    },
  };
  effects.push({ type: 'openBreak', prompt });
  const boutSeconds =
    state.sittingSince === null
      ? 0
      : Math.max(0, Math.round((now.mono - state.sittingSince) / SECOND));
  return {
    ...state,
    pending: { ...pending, stage: 'open', prompt, openedAt: now.mono, boutSeconds },
  };
}

export function focus(
  state: EngineState,
  pending: PendingBreak,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  effects.push({ type: 'focusBreak' });
  return { ...state, pending: { ...pending, focusedAt: now.mono } };
}

/**
 * Idle right now, when a sample was just taken; 0 otherwise (an old reading says
 * nothing about typing now) and when no idle source works (assume typing).
 */
function idleMs(state: EngineState, now: Instant, sampled: boolean): number {
  if (!sampled || !state.idleKnown || state.lastInputAt === null) return 0;
  return Math.max(0, now.mono - state.lastInputAt);
}

/** Moves the pending break along as far as `now` allows; `sampled`: idle was just read. */
export function advance(
  state: EngineState,
  now: Instant,
  effects: EngineEffect[],
  sampled: boolean,
): EngineState {
  if (state.suspended || state.locked) return state;
  let next = state;
  const { config } = state;
  if (!next.pending && isTracking(next)) {
    const due = getNextBreak(next, now);
    if (due && now.mono >= due.at - config.noticeLeadMs && isDueInHours(next, due.at, now)) {
      const pending = newPending(next, due.kind, Math.max(due.at, now.mono), now, false);
      next = { ...next, pending, seq: next.seq + 1 };
      if (due.at > now.mono) {
        const inSeconds = Math.ceil((due.at - now.mono) / SECOND);
        effects.push({
          type: 'notice',
          notice: {
            kind: due.kind,
            inSeconds,
            canSnooze: canSnooze(next),
            // Do-not-disturb set to "quiet notice": the notice comes, silently.
            ...(next.focus === 'dnd' ? { quiet: true } : {}),
          },
        });
      }
    }
  }
  let pending = next.pending;
  if (pending?.stage === 'notice' && now.mono >= pending.dueAt && isTracking(next)) {
    next = open(next, pending, now, effects);
    pending = next.pending;
  }
  if (pending?.stage === 'open' && pending.focusedAt === null && pending.openedAt !== null) {
    if (
      idleMs(next, now, sampled) >= config.typingPauseMs ||
      now.mono >= pending.openedAt + config.graceMs
    ) {
      next = focus(next, pending, now, effects);
      pending = next.pending;
    }
  }
  if (pending?.focusedAt != null && now.mono >= pending.focusedAt + config.missedAfterMs) {
    next = endPending(next, 'missed', now, effects);
  }
  return next;
}

/** "Start a break now": opens the coming break at once, focused. */
export function startNow(state: EngineState, now: Instant, effects: EngineEffect[]): EngineState {
  if (state.pending?.stage === 'open') return state;
  const kind = state.pending?.kind ?? getNextBreak(state, now)?.kind ?? 'posture';
  const pending = state.pending ?? newPending(state, kind, now.mono, now, true);
  let next: EngineState = { ...state, pending: { ...pending, manual: true }, seq: state.seq + 1 };
  next = open(next, { ...pending, manual: true }, now, effects);
  const opened = next.pending;
  return opened ? focus(next, opened, now, effects) : next;
}

/** Ends the bout and drops a break not yet open, when tracking stops (pause, off hours). */
export function stopTracking(
  state: EngineState,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  // An absence under way (suspend, lock, idle) ended the bout when it began, even when
  // the calendar is looked at only later, say at the resume after a night.
  let next = settleAbsence(state, now, effects);
  next = endBout(next, next.away?.since ?? now.mono, now, effects);
  if (next.pending?.stage === 'notice' || next.pending?.stage === 'held')
    next = endPending(next, 'skipped', now, effects);
  // Input seen while not tracking must not date a later bout back into the pause.
  return { ...next, away: null, snoozedUntil: null, lastInputAt: null };
}
