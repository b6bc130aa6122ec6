import type { FocusReason, FocusState } from '../shared/domain';
import { isTracking } from './activity';
import type { EngineEffect } from './engine-types';
import type { EngineState, PendingBreak } from './engine-state';
import { canSnooze, getMovementDueAt, getNextBreak, isDueInHours, newPending } from './scheduler';
import { MINUTE, SECOND, type Instant } from './time';

/**
 * Calls, presentations, do-not-disturb and fullscreen: a break that falls due while
 * one of them runs is held (no notice, no window) until it ends, or until it has
 * waited the longest allowed, then it comes with a notice saying why it waited.
 */

/** When focus ends the notice comes at once and the break at most this much later. */
const RELEASE_LEAD_MAX_MS = MINUTE;

/** The focus that holds breaks now; null when none does (do-not-disturb may only quiet them). */
export function getHoldReason(state: EngineState): FocusReason | null {
  const focus = state.focus;
  if (focus === 'none') return null;
  if (focus === 'dnd' && state.config.settings.focus.dnd === 'quietNotice') return null;
  return focus;
}

/** A call or a presentation means someone at the desk: no input is sitting, not away. */
export function isPresentByFocus(focus: FocusState): boolean {
  return focus === 'call' || focus === 'presenting';
}

export function getMaxHoldMs(state: EngineState): number {
  return state.config.settings.focus.maxHoldMinutes * MINUTE;
}

/** Monotonic time a held break comes anyway; null when none is held. */
export function getHoldEnd(state: EngineState): number | null {
  const held = state.pending?.stage === 'held' ? state.pending.held : undefined;
  return held ? held.since + getMaxHoldMs(state) : null;
}

/** The longest manual meeting, so a typo cannot hold breaks for days. */
const MEETING_MAX_MINUTES = 8 * 60;

/** What a source reports: recorded; a manual meeting still wins while it runs. */
export function setSourceFocus(state: EngineState, focus: FocusState, now: Instant): EngineState {
  const next = { ...state, sourceFocus: focus };
  return setFocus(next, next.meeting ? 'call' : focus, now);
}

/** "In a meeting": a call as far as breaks and sitting go, for `minutes` or until turned off. */
export function setMeeting(
  state: EngineState,
  minutes: number | null | 'off',
  now: Instant,
): EngineState {
  if (minutes === 'off') return setFocus({ ...state, meeting: null }, state.sourceFocus, now);
  if (minutes !== null && !(minutes > 0)) return state;
  const capped = minutes === null ? null : Math.min(minutes, MEETING_MAX_MINUTES);
  const until = capped === null ? null : now.mono + capped * MINUTE;
  return setFocus({ ...state, meeting: { until } }, 'call', now);
}

/** Ends a timed meeting once its time is up. */
export function applyMeetingEnd(state: EngineState, now: Instant): EngineState {
  const until = state.meeting?.until ?? null;
  return until !== null && now.mono >= until ? setMeeting(state, 'off', now) : state;
}

/** Records the focus in force; `applyFocus` acts on it at every step. */
function setFocus(state: EngineState, focus: FocusState, now: Instant): EngineState {
  if (focus === state.focus) return state;
  const next: EngineState = { ...state, focus };
  // The end of a call is a moment the person is surely at the desk: present until now.
  if (isPresentByFocus(state.focus) && !isPresentByFocus(focus) && isTracking(next)) {
    return { ...next, lastInputAt: now.mono, presentUntil: now.mono };
  }
  return next;
}

function hold(pending: PendingBreak, reason: FocusReason, now: Instant): PendingBreak {
  // Held again after its focus ended: the longest wait still counts from the first hold.
  const since = pending.held?.since ?? now.mono;
  const held = { reason, since, released: false, quiet: false };
  return { ...pending, stage: 'held', held };
}

function release(
  state: EngineState,
  pending: PendingBreak,
  quiet: boolean,
  now: Instant,
  effects: EngineEffect[],
): EngineState {
  const held = pending.held;
  if (!held) return state;
  const leadMs = Math.min(state.config.noticeLeadMs, RELEASE_LEAD_MAX_MS);
  const b = state.config.settings.breaks;
  const lengthSeconds = pending.kind === 'movement' ? b.movementMinutes * 60 : b.postureSeconds;
  effects.push({
    type: 'notice',
    notice: {
      kind: pending.kind,
      inSeconds: Math.ceil(leadMs / SECOND),
      canSnooze: canSnooze(state),
      waited: held.reason,
      lengthSeconds,
      ...(quiet ? { quiet: true } : {}),
    },
  });
  const released = { ...held, released: true, quiet };
  return {
    ...state,
    pending: { ...pending, stage: 'notice', dueAt: now.mono + leadMs, held: released },
  };
}

/** A long call can make the movement break due too: the held break becomes that one. */
function upgradeToMovement(state: EngineState, pending: PendingBreak, now: Instant): EngineState {
  const since = state.sittingSince;
  if (pending.kind === 'movement' || since === null) return state;
  if (now.mono < getMovementDueAt(state, since, now)) return state;
  return { ...state, pending: { ...pending, kind: 'movement' } };
}

/**
 * Holds a break that falls due (or was only announced) while focused, and lets a held
 * one come when the focus ends or it waited its longest. Runs before the scheduler.
 */
export function applyFocus(state: EngineState, now: Instant, effects: EngineEffect[]): EngineState {
  if (state.suspended || state.locked || !isTracking(state)) return state;
  const reason = getHoldReason(state);
  const pending = state.pending;
  if (pending?.stage === 'held') {
    const current = upgradeToMovement(state, pending, now);
    const held = current.pending ?? pending;
    const end = getHoldEnd(current) ?? now.mono;
    if (reason === null) return release(current, held, false, now, effects);
    if (now.mono >= end) return release(current, held, true, now, effects);
    return current;
  }
  if (reason === null) return state;
  if (pending && !pending.manual && !pending.held?.quiet && pending.focusedAt === null) {
    // Announced or opened, not yet begun: take it back and hold it.
    if (pending.stage === 'open') effects.push({ type: 'closeBreak' });
    effects.push({ type: 'held', kind: pending.kind, reason });
    const back = { ...pending, prompt: null, openedAt: null };
    return { ...state, pending: hold(back, reason, now) };
  }
  if (pending) return state;
  const due = getNextBreak(state, now);
  // Held from the moment its notice would come: no notice while focused.
  const noticeAt = due ? due.at - state.config.noticeLeadMs : Infinity;
  if (!due || now.mono < noticeAt || !isDueInHours(state, due.at, now)) return state;
  effects.push({ type: 'held', kind: due.kind, reason });
  const fresh = newPending(state, due.kind, due.at, now, false);
  return { ...state, pending: hold(fresh, reason, now), seq: state.seq + 1 };
}

/** When sources disagree, the strongest reason wins: a presentation over a call over DND. */
const FOCUS_STRENGTH: Record<FocusState, number> = {
  presenting: 4,
  call: 3,
  dnd: 2,
  fullscreen: 1,
  none: 0,
};

/** One focus from every source's answer; sources that did not answer (null) are left out. */
export function combineFocus(states: readonly (FocusState | null)[]): FocusState {
  let best: FocusState = 'none';
  for (const state of states)
    if (state !== null && FOCUS_STRENGTH[state] > FOCUS_STRENGTH[best]) best = state;
  return best;
}
