import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEngineState,
  getPersisted,
  getStatus,
  update,
  type EngineState,
} from '../../../src/core/engine';
import type { EngineInput } from '../../../src/core/engine-types';
import { settingsSchema } from '../../../src/shared/settings/schema';
import { isWorkingTime } from '../../../src/core/working-hours';
import type { ChosenOutcome } from '../../../src/shared/domain';
import { MIN, MONDAY_9 } from './engine-driver';

/** One thing that happens in a random day: time passes, the person or the OS acts. */
type Command =
  | { kind: 'wait'; ms: number }
  | { kind: 'user'; active: boolean }
  | { kind: 'input'; input: EngineInput }
  | { kind: 'finish'; outcome: ChosenOutcome; stale: boolean }
  | { kind: 'clock'; ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: 1000, max: 90 * MIN })
      .map((ms) => ({ kind: 'wait' as const, ms })),
  },
  { weight: 3, arbitrary: fc.boolean().map((active) => ({ kind: 'user' as const, active })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<EngineInput>(
        { type: 'system', event: 'lock' },
        { type: 'system', event: 'unlock' },
        { type: 'system', event: 'suspend' },
        { type: 'system', event: 'resume' },
        { type: 'startBreakNow' },
        { type: 'snooze' },
        { type: 'skip' },
        { type: 'pause', length: { minutes: 30 } },
        { type: 'pause', length: 'untilTomorrow' },
        { type: 'pause', length: 'indefinitely' },
        { type: 'resume' },
        { type: 'timeZone', timeZone: 'America/New_York' },
        { type: 'sample', idleSeconds: null },
      )
      .map((input) => ({ kind: 'input' as const, input })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        outcome: fc.constantFrom<ChosenOutcome>('completed', 'partial', 'skipped', 'snoozed'),
        stale: fc.boolean(),
      })
      .map((r) => ({ kind: 'finish' as const, ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -5 * 60, max: 5 * 60 })
      .map((m) => ({ kind: 'clock' as const, ms: m * MIN })),
  },
);

const settingsArb: fc.Arbitrary<DayConfig> = fc.record({
  strict: fc.boolean(),
  hours: fc.boolean(),
  postureEveryMinutes: fc.integer({ min: 20, max: 60 }),
  snoozeLimit: fc.integer({ min: 0, max: 5 }),
});

interface DayConfig {
  strict: boolean;
  hours: boolean;
  postureEveryMinutes: number;
  snoozeLimit: number;
}

interface Checked {
  opened: number;
  logged: number;
}

/** Replays the commands, firing the engine's timer as the controller would, checking invariants at every step. */
function check(config: DayConfig, commands: Command[]): Checked {
  const settings = settingsSchema.parse({
    breaks: {
      strict: config.strict,
      postureEveryMinutes: config.postureEveryMinutes,
      snoozeLimit: config.snoozeLimit,
    },
    workingHours: { enabled: config.hours },
  });
  let state: EngineState = createEngineState(settings, { timeZone: 'Europe/Berlin' });
  let mono = 0;
  let wallOffset = MONDAY_9 - 2 * 60 * MIN;
  let wakeAt: number | null = null;
  let active = true;
  let lastInput = 0;
  let suspended = false;
  let openId: string | null = null;
  const loggedIds = new Set<string>();
  let opened = 0;

  const step = (input: EngineInput): void => {
    const now = { mono, wall: mono + wallOffset };
    const result = update(state, input, now);
    state = result.state;
    wakeAt = result.wakeAt;
    if (wakeAt !== null) expect(wakeAt).toBeGreaterThan(mono);
    for (const effect of result.effects) {
      if (effect.type === 'openBreak') {
        // No two breaks open at once.
        expect(openId).toBeNull();
        openId = effect.prompt.id;
        opened += 1;
        if (input.type !== 'startBreakNow') {
          // No prompt outside working hours or while paused, unless the person asked for it.
          expect(isWorkingTime(settings, now.wall, state.options.timeZone)).toBe(true);
          expect(state.pause).toBeNull();
        }
      }
      if (effect.type === 'appendLog') {
        // Every prompt ends in exactly one outcome.
        expect(loggedIds.has(effect.event.id)).toBe(false);
        loggedIds.add(effect.event.id);
        if (effect.event.id === openId) openId = null;
      }
      if (effect.type === 'recordBout') expect(effect.bout.seconds).toBeGreaterThan(0);
    }
    if (openId !== null) expect(state.pending?.id).toBe(openId);
    const status = getStatus(state, now);
    // Sitting time is never negative and never more than the time elapsed.
    expect(status.sittingSeconds).toBeGreaterThanOrEqual(0);
    expect(status.sittingSeconds).toBeLessThanOrEqual(Math.ceil(mono / 1000));
  };
  const idle = (): number => (active ? 0 : Math.floor((mono - lastInput) / 1000));

  step({ type: 'sample', idleSeconds: 0 });
  for (const c of commands) {
    if (c.kind === 'wait') {
      const end = mono + c.ms;
      while (!suspended && wakeAt !== null && wakeAt <= end) {
        mono = wakeAt;
        if (active) lastInput = mono;
        step({ type: 'sample', idleSeconds: idle() });
      }
      mono = end;
      if (active) lastInput = mono;
    } else if (c.kind === 'user') {
      if (active || c.active) lastInput = mono;
      active = c.active;
    } else if (c.kind === 'clock') {
      wallOffset += c.ms;
    } else if (c.kind === 'finish') {
      const id = c.stale ? 'stale' : (state.pending?.prompt?.id ?? 'none');
      step({ type: 'finishBreak', result: { promptId: id, outcome: c.outcome, exercises: [] } });
    } else {
      if (c.input.type === 'system' && c.input.event === 'suspend') suspended = true;
      if (c.input.type === 'system' && c.input.event === 'resume') suspended = false;
      step(c.input);
    }
  }
  // What is persisted comes back unchanged after a restart.
  const saved = getPersisted(state);
  expect(getPersisted(createEngineState(settings, state.options, saved))).toEqual(saved);
  return { opened, logged: loggedIds.size };
}

describe('engine invariants (fast-check)', () => {
  it('holds over random days: hours, pauses, one outcome per prompt, one break at a time, sane sitting, restart state', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(command, { minLength: 1, maxLength: 80 }),
        (config, commands) => {
          const result = check(config, commands);
          // Every opened prompt is logged once, except the one that may still be open.
          expect(result.logged).toBeGreaterThanOrEqual(result.opened - 1);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('prompts at least once in a long sitting day (the checks above are not vacuous)', () => {
    const result = check(
      { strict: false, hours: false, postureEveryMinutes: 30, snoozeLimit: 2 },
      Array.from({ length: 16 }, () => ({ kind: 'wait' as const, ms: 30 * MIN })),
    );
    expect(result.opened).toBeGreaterThanOrEqual(8);
  });
});
