import { describe, expect, it } from 'vitest';
import {
  configFromSettings,
  createEngineState,
  getStatus,
  update,
  type EngineInput,
  type EngineState,
  type Step,
} from '../../../src/core/engine';
import { getDefaultSettings } from '../../../src/core/settings';
import { MINUTE, SECOND, type Instant } from '../../../src/core/time';

const WALL0 = Date.UTC(2026, 10, 23, 8, 0);
const at = (ms: number): Instant => ({ mono: ms, wall: WALL0 + ms });

function run(state: EngineState, steps: [number, EngineInput][]): Step {
  let step: Step = { state, effects: [], wakeAt: null };
  const effects: Step['effects'] = [];
  for (const [ms, input] of steps) {
    step = update(step.state, input, at(ms));
    effects.push(...step.effects);
  }
  return { ...step, effects };
}

const OPTIONS = { timeZone: 'Europe/Berlin' };
const fresh = (): EngineState => createEngineState(getDefaultSettings(), OPTIONS);
const active = (ms: number): [number, EngineInput] => [ms, { type: 'sample', idleSeconds: 0 }];

describe('engine: sitting and breaks', () => {
  it('starts a bout at the first active sample and wakes at the next sample or the break', () => {
    const step = update(fresh(), { type: 'sample', idleSeconds: 0 }, at(0));
    expect(getStatus(step.state, at(0)).phase).toBe('sitting');
    expect(step.wakeAt).toBe(MINUTE);
    expect(step.effects).toEqual([]);
  });

  it('dates the bout back by the idle time of the first sample', () => {
    const step = update(fresh(), { type: 'sample', idleSeconds: 40 }, at(10 * MINUTE));
    expect(getStatus(step.state, at(10 * MINUTE)).sittingSeconds).toBe(40);
  });

  it('opens a posture break after 30 minutes of continuous sitting, not before', () => {
    const samples = Array.from({ length: 30 }, (_, i) => active(i * MINUTE));
    const before = run(fresh(), samples);
    expect(before.effects.filter((e) => e.type === 'openBreak')).toHaveLength(0);
    const after = update(before.state, { type: 'sample', idleSeconds: 0 }, at(30 * MINUTE));
    const open = after.effects.find((e) => e.type === 'openBreak');
    expect(open).toMatchObject({ prompt: { kind: 'posture', openedAt: WALL0 + 30 * MINUTE } });
    expect(after.wakeAt).toBeNull();
  });

  it('counts idle of the natural-break length as a break taken', () => {
    const step = run(fresh(), [
      active(0),
      active(20 * MINUTE),
      [23 * MINUTE, { type: 'sample', idleSeconds: 180 }],
    ]);
    expect(getStatus(step.state, at(23 * MINUTE))).toMatchObject({
      phase: 'away',
      sittingSeconds: 0,
    });
    const later = run(step.state, [active(40 * MINUTE)]);
    expect(later.effects).toEqual([]);
  });

  it('logs the outcome, closes the window and starts a new bout after a break', () => {
    const opened = run(fresh(), [[0, { type: 'startBreakNow' }]]);
    const prompt = opened.effects.find((e) => e.type === 'openBreak');
    if (prompt?.type !== 'openBreak') throw new Error('no break opened');
    const done = update(
      opened.state,
      {
        type: 'finishBreak',
        result: {
          promptId: prompt.prompt.id,
          outcome: 'completed',
          exercises: [{ exerciseId: 'x', heldSeconds: [45, 45] }],
        },
      },
      at(2 * MINUTE),
    );
    expect(done.effects).toEqual([
      {
        type: 'appendLog',
        event: {
          id: prompt.prompt.id,
          at: WALL0,
          kind: 'posture',
          outcome: 'completed',
          exercises: [{ exerciseId: 'x', heldSeconds: [45, 45] }],
          boutSeconds: 0,
        },
      },
      { type: 'closeBreak' },
    ]);
    expect(getStatus(done.state, at(2 * MINUTE)).phase).toBe('away');
  });

  it('ignores a result for a prompt that is not open', () => {
    const opened = run(fresh(), [[0, { type: 'startBreakNow' }]]);
    const step = update(
      opened.state,
      { type: 'finishBreak', result: { promptId: 'stale', outcome: 'skipped', exercises: [] } },
      at(SECOND),
    );
    expect(step.effects).toEqual([]);
    expect(getStatus(step.state, at(SECOND)).phase).toBe('inBreak');
  });

  it('turns a skip into partial care in strict mode', () => {
    const settings = getDefaultSettings();
    settings.breaks.strict = true;
    const state = createEngineState(settings, OPTIONS);
    const opened = run(state, [[0, { type: 'startBreakNow' }]]);
    const id = opened.state.prompt?.id ?? '';
    const step = update(
      opened.state,
      { type: 'finishBreak', result: { promptId: id, outcome: 'skipped', exercises: [] } },
      at(1),
    );
    expect(step.effects[0]).toMatchObject({ type: 'appendLog', event: { outcome: 'partial' } });
  });
});

describe('engine: pause', () => {
  it('prompts nothing while paused and wakes only at the end of the pause', () => {
    const paused = run(fresh(), [active(0), [MINUTE, { type: 'pause', length: { minutes: 30 } }]]);
    expect(paused.wakeAt).toBe(31 * MINUTE);
    const during = run(paused.state, [active(20 * MINUTE)]);
    expect(getStatus(during.state, at(20 * MINUTE))).toMatchObject({
      phase: 'paused',
      pausedUntil: WALL0 + 31 * MINUTE,
    });
    const after = run(during.state, [active(31 * MINUTE)]);
    expect(getStatus(after.state, at(31 * MINUTE)).phase).toBe('sitting');
  });

  it('pauses until resumed when no length is given, and wakes for nothing meanwhile', () => {
    const paused = run(fresh(), [[0, { type: 'pause', length: 'indefinitely' }]]);
    expect(paused.wakeAt).toBeNull();
    const resumed = run(paused.state, [[5 * MINUTE, { type: 'resume' }]]);
    expect(getStatus(resumed.state, at(5 * MINUTE)).phase).toBe('away');
  });
});

describe('engine: dev interval override', () => {
  it('shortens the posture interval and samples at least once a second', () => {
    const config = configFromSettings(getDefaultSettings(), { ...OPTIONS, postureEverySeconds: 5 });
    expect(config.postureEveryMs).toBe(5 * SECOND);
    expect(config.sampleEveryMs).toBe(SECOND);
    const state = createEngineState(getDefaultSettings(), { ...OPTIONS, postureEverySeconds: 5 });
    const step = run(state, [active(0), active(5 * SECOND)]);
    expect(step.effects.map((e) => e.type)).toEqual(['openBreak']);
  });
});
