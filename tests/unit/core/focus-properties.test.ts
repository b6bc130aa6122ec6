import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngineState, getStatus, update, type EngineState } from '../../../src/core/engine';
import type { EngineEffect, EngineInput } from '../../../src/core/engine-types';
import { getHoldReason } from '../../../src/core/focus';
import type { FocusState } from '../../../src/shared/domain';
import { settingsSchema } from '../../../src/shared/settings/schema';
import { MIN, MONDAY_9 } from './engine-driver';

/** Issue 15 invariants over random days of calls, presentations, DND and fullscreen. */

type Command =
  | { kind: 'wait'; ms: number }
  | { kind: 'user'; active: boolean }
  | { kind: 'focus'; state: FocusState }
  | { kind: 'input'; input: EngineInput };

const focusState = fc.constantFrom<FocusState>('none', 'call', 'presenting', 'dnd', 'fullscreen');

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: 1000, max: 60 * MIN })
      .map((ms) => ({ kind: 'wait' as const, ms })),
  },
  { weight: 2, arbitrary: fc.boolean().map((active) => ({ kind: 'user' as const, active })) },
  { weight: 4, arbitrary: focusState.map((state) => ({ kind: 'focus' as const, state })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<EngineInput>(
        { type: 'system', event: 'lock' },
        { type: 'system', event: 'unlock' },
        { type: 'snooze' },
        { type: 'skip' },
        { type: 'pause', length: { minutes: 30 } },
        { type: 'resume' },
        { type: 'atDesk', on: true },
        { type: 'atDesk', on: false },
        { type: 'stance', stance: 'standing' },
        { type: 'stance', stance: 'sitting' },
      )
      .map((input) => ({ kind: 'input' as const, input })),
  },
);

/** Replays the commands as the controller would, checking the focus rules at every step. */
function check(commands: Command[], dnd: 'hold' | 'quietNotice'): void {
  const settings = settingsSchema.parse({ focus: { dnd } });
  let state: EngineState = createEngineState(settings, { timeZone: 'Europe/Berlin' });
  let mono = 0;
  let wakeAt: number | null = null;
  let active = true;
  let lastInput = 0;
  const maxHold = settings.focus.maxHoldMinutes * MIN;

  const step = (input: EngineInput): EngineEffect[] => {
    const before = state;
    const now = { mono, wall: MONDAY_9 + mono };
    const result = update(state, input, now);
    state = result.state;
    wakeAt = result.wakeAt;
    const holding = getHoldReason(state) !== null && !state.locked && state.pause === null;
    for (const effect of result.effects) {
      // No notice and no break window while focused, unless the break waited its longest.
      if (holding && (effect.type === 'notice' || effect.type === 'openBreak')) {
        const held = state.pending?.held;
        expect(held?.quiet, `${effect.type} while ${state.focus}`).toBe(true);
        expect(mono - (held?.since ?? mono)).toBeGreaterThanOrEqual(maxHold);
      }
    }
    // A held break comes within a minute of the focus ending (at the unlock if locked).
    const wasHeld = before.pending?.stage === 'held';
    const ended = getHoldReason(before) !== null && getHoldReason(state) === null;
    const here = !state.locked && !state.suspended && state.pause === null;
    if (wasHeld && input.type === 'focus' && ended && here && state.pending) {
      const notice = result.effects.find((e) => e.type === 'notice');
      expect(notice).toMatchObject({ notice: { waited: before.pending?.held?.reason } });
      expect(state.pending.dueAt - mono).toBeLessThanOrEqual(MIN);
    }
    expect(getStatus(state, now).sittingSeconds).toBeGreaterThanOrEqual(0);
    return result.effects;
  };
  const idle = (): number => (active ? 0 : Math.floor((mono - lastInput) / 1000));

  step({ type: 'sample', idleSeconds: 0 });
  for (const c of commands) {
    if (c.kind === 'wait') {
      const end = mono + c.ms;
      while (wakeAt !== null && wakeAt <= end) {
        mono = wakeAt;
        if (active) lastInput = mono;
        step({ type: 'sample', idleSeconds: idle() });
      }
      mono = end;
      if (active) lastInput = mono;
    } else if (c.kind === 'user') {
      if (active || c.active) lastInput = mono;
      active = c.active;
    } else if (c.kind === 'focus') step({ type: 'focus', state: c.state });
    else step(c.input);
  }
}

/** Sitting recorded over a call of `callMs` without input after `beforeMs` of typing. */
function sittingOverCall(beforeMs: number, callMs: number, focus: 'call' | 'presenting'): number {
  const settings = settingsSchema.parse({ focus: { maxHoldMinutes: 240 } });
  let state = createEngineState(settings, { timeZone: 'Europe/Berlin' });
  let mono = 0;
  let seconds = 0;
  const send = (input: EngineInput): number | null => {
    const step = update(state, input, { mono, wall: MONDAY_9 + mono });
    state = step.state;
    for (const e of step.effects) if (e.type === 'recordBout') seconds += e.bout.seconds;
    return step.wakeAt;
  };
  let wakeAt = send({ type: 'sample', idleSeconds: 0 });
  const run = (end: number, idle: () => number): void => {
    while (wakeAt !== null && wakeAt <= end) {
      mono = wakeAt;
      wakeAt = send({ type: 'sample', idleSeconds: idle() });
    }
    mono = end;
  };
  run(beforeMs, () => 0);
  wakeAt = send({ type: 'focus', state: focus });
  run(beforeMs + callMs, () => Math.floor((mono - beforeMs) / 1000));
  return seconds + getStatus(state, { mono, wall: MONDAY_9 + mono }).sittingSeconds;
}

describe('focus invariants (fast-check)', () => {
  it('no notice or break window while focused; a held break comes within a minute of the end', () => {
    fc.assert(
      fc.property(
        fc.array(command, { minLength: 1, maxLength: 80 }),
        fc.constantFrom<'hold' | 'quietNotice'>('hold', 'quietNotice'),
        check,
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('sitting is never lower than the time at the desk, whatever the call without input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom<'call' | 'presenting'>('call', 'presenting'),
        (before, call, focus) => {
          const seconds = sittingOverCall(before * MIN, call * MIN, focus);
          expect(seconds).toBeGreaterThanOrEqual((before + call) * 60 - 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
