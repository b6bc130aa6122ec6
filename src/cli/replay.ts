import { tz } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { createEngineState, getStatus, update, type EngineState } from '../core/engine';
import type { EngineEffect, EngineInput } from '../core/engine-types';
import type { BreakKind, BreakPrompt, FocusReason, Outcome } from '../shared/domain';
import { findExercise, type ExerciseKind } from '../shared/exercises';
import { createPerson, type Person } from './person';
import type { Trace, TraceEvent } from './trace';

/** One exercise a break planned, as the `breakOpen` line prints it. */
export interface PlannedLine {
  id: string;
  kind: ExerciseKind;
}

function describePlan(prompt: BreakPrompt): PlannedLine[] {
  return prompt.exercises.flatMap((plan) => {
    const exercise = findExercise(plan.exerciseId);
    return exercise ? [{ id: exercise.id, kind: exercise.kind }] : [];
  });
}

/** One output line of the replay. */
export type ReplayLine =
  | {
      at: string;
      wall?: string;
      type: 'notice';
      kind: BreakKind;
      /** Set when the break was held and comes now. */
      waited?: FocusReason;
      /** No sound: do-not-disturb, or a held break that waited its longest. */
      quiet?: boolean;
    }
  | { at: string; wall?: string; type: 'naturalBreak'; kind: BreakKind }
  | { at: string; wall?: string; type: 'breakOpen'; kind: BreakKind; exercises: PlannedLine[] }
  | { at: string; wall?: string; type: 'breakEnd'; kind: BreakKind; outcome: Outcome }
  | { at: string; wall?: string; type: 'held'; kind: BreakKind; reason: FocusReason }
  | {
      type: 'summary';
      sittingMinutes: number;
      longestBoutMinutes: number;
      prompts: number;
      outcomes: Partial<Record<Outcome, number>>;
      /** Prompts that waited for a call, a presentation, DND or fullscreen to end. */
      heldBreaks: number;
      /** Time at a standing desk: not part of sittingMinutes. */
      standingMinutes: number;
      wakeups: number;
    };

/**
 * Runs a trace through the real core with a simulated clock, idle source and person.
 * `at` in the output is on the trace's real timeline; `wall` is added when the
 * simulated wall clock reads differently (after a `clock` event).
 */
export function replay(trace: Trace): ReplayLine[] {
  const { header } = trace;
  const start = Date.parse(header.start);
  let zone = header.timeZone;
  let state: EngineState = createEngineState(header.settings, { timeZone: zone });
  let mono = 0;
  let wallOffset = 0;
  let wakeAt: number | null = null;
  let wakeups = 0;
  let suspended = false;
  const person: Person = createPerson(header.respond, header.settings);
  const lines: ReplayLine[] = [];
  const bouts: number[] = [];
  const standing: number[] = [];
  let heldBreaks = 0;
  const outcomes: Partial<Record<Outcome, number>> = {};

  const stamp = (): { at: string; wall?: string } => {
    const at = formatISO(start + mono, { in: tz(zone) });
    if (wallOffset === 0) return { at };
    return { at, wall: formatISO(start + mono + wallOffset, { in: tz(zone) }) };
  };
  const record = (effect: EngineEffect, opened: (prompt: BreakPrompt) => void): void => {
    if (effect.type === 'notice') {
      const { kind, waited, quiet } = effect.notice;
      const extra = { ...(waited ? { waited } : {}), ...(quiet ? { quiet } : {}) };
      lines.push({ ...stamp(), type: 'notice', kind, ...extra });
    }
    if (effect.type === 'naturalBreak')
      lines.push({ ...stamp(), type: 'naturalBreak', kind: effect.kind });
    if (effect.type === 'openBreak') {
      const exercises = describePlan(effect.prompt);
      lines.push({ ...stamp(), type: 'breakOpen', kind: effect.prompt.kind, exercises });
      opened(effect.prompt);
    }
    if (effect.type === 'held')
      lines.push({ ...stamp(), type: 'held', kind: effect.kind, reason: effect.reason });
    if (effect.type === 'appendLog') {
      const { kind, outcome } = effect.event;
      lines.push({ ...stamp(), type: 'breakEnd', kind, outcome });
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (effect.event.held) heldBreaks += 1;
    }
    if (effect.type === 'recordBout')
      (effect.bout.stance === 'standing' ? standing : bouts).push(effect.bout.seconds);
  };
  const dispatch = (input: EngineInput): void => {
    const step = update(state, input, { mono, wall: start + mono + wallOffset });
    state = step.state;
    wakeAt = step.wakeAt;
    for (const effect of step.effects) {
      record(effect, (prompt) => person.onOpen(prompt));
      if (effect.type === 'focusBreak') person.onFocus(mono);
      if (effect.type === 'closeBreak') person.onClose();
    }
  };
  const sample = (): void =>
    dispatch({
      type: 'sample',
      idleSeconds: header.idle === 'none' ? null : person.idleSeconds(mono),
    });

  const apply = (event: TraceEvent): void => {
    if ('user' in event) person.setUser(event.user, mono);
    else if ('system' in event) {
      if (event.system === 'suspend') suspended = true;
      if (event.system === 'resume') suspended = false;
      if (event.system === 'unlock') person.input(mono);
      dispatch({ type: 'system', event: event.system });
    } else if ('action' in event) {
      if (event.action === 'startBreakNow') dispatch({ type: 'startBreakNow' });
      if (event.action === 'resume') dispatch({ type: 'resume' });
      if (event.action === 'pause') {
        const length = event.minutes === undefined ? 'indefinitely' : { minutes: event.minutes };
        dispatch({ type: 'pause', length });
      }
    } else if ('clock' in event) {
      wallOffset = Number(event.clock) * 1000;
      // The OS tells apps about a clock change only through the next timer; look now.
      sample();
    } else if ('timeZone' in event) {
      zone = event.timeZone;
      dispatch({ type: 'timeZone', timeZone: zone });
    } else if ('focus' in event) dispatch({ type: 'focus', state: event.focus });
    else if ('atDesk' in event) dispatch({ type: 'atDesk', on: event.atDesk });
    else if ('stance' in event) dispatch({ type: 'stance', stance: event.stance });
  };

  sample();
  for (const event of trace.events) {
    const eventMono = event.atMs - start;
    for (;;) {
      const timer = suspended ? null : wakeAt;
      const act = person.nextActionAt();
      const next = Math.min(timer ?? Infinity, act ?? Infinity);
      // At a tie the trace's event happens first: it is what the timer would see.
      if (next >= eventMono) break;
      mono = Math.max(mono, next);
      if (act !== null && act <= (timer ?? Infinity)) {
        const input = person.act(mono);
        if (input) dispatch(input);
      } else {
        wakeups += 1;
        sample();
      }
    }
    mono = Math.max(mono, eventMono);
    if ('end' in event) break;
    apply(event);
  }
  const status = getStatus(state, { mono, wall: start + mono + wallOffset });
  if (status.sittingSeconds > 0)
    (status.stance === 'standing' ? standing : bouts).push(status.sittingSeconds);
  if (state.pending?.held) heldBreaks += 1;
  const toMinutes = (seconds: number): number => Math.round(seconds / 60);
  lines.push({
    type: 'summary',
    sittingMinutes: toMinutes(bouts.reduce((sum, seconds) => sum + seconds, 0)),
    longestBoutMinutes: toMinutes(Math.max(0, ...bouts)),
    prompts: Object.values(outcomes).reduce((sum, count) => sum + count, 0),
    outcomes,
    heldBreaks,
    standingMinutes: toMinutes(standing.reduce((sum, seconds) => sum + seconds, 0)),
    wakeups,
  });
  return lines;
}
