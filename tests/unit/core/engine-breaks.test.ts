import { describe, expect, it } from 'vitest';
import type { BreakResult } from '../../../src/shared/domain';
import { createDriver, MIN } from './engine-driver';

const finish = (
  promptId: string,
  outcome: BreakResult['outcome'],
  exercises: BreakResult['exercises'] = [],
) => ({ type: 'finishBreak', result: { promptId, outcome, exercises } }) as const;

describe('engine: posture and movement breaks', () => {
  it('gives notice a minute ahead, opens at 30 minutes and waits for a pause in typing', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(30 * MIN);
    expect(d.timeline()).toEqual(['29 notice posture 60s', '30 open posture']);
    expect(d.status().phase).toBe('due');
    expect(d.of('notice')[0]?.notice).toEqual({ kind: 'posture', inSeconds: 60, canSnooze: true });
    // Still typing: the window takes focus when the grace period ends.
    d.runTo(31 * MIN);
    expect(d.timeline(['focusBreak'])).toEqual(['30.5 focusBreak']);
    expect(d.status().phase).toBe('inBreak');
  });

  it('takes focus as soon as typing pauses for 2 seconds', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(30 * MIN);
    d.awayFrom(30 * MIN + 3000);
    d.runTo(31 * MIN);
    expect(d.timeline(['focusBreak'])).toEqual(['30.08 focusBreak']);
  });

  it('plans a movement break after an hour of sitting across posture breaks; movement wins a tie', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(30.5 * MIN);
    const first = d.openPrompt();
    expect(first).toMatchObject({ kind: 'posture', snoozesLeft: 2, strict: false });
    d.send(finish(first.id, 'completed'));
    d.sample();
    d.runTo(62 * MIN);
    const second = d.openPrompt();
    expect(second.kind).toBe('movement');
    // 30.5 min before the first break's focus + 29.5 after it.
    expect(d.timeline(['openBreak'])).toEqual(['30 open posture', '60 open movement']);
  });

  it('logs a completed break once, closes the window, ends the bout and persists the break time', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(31 * MIN);
    const prompt = d.openPrompt();
    const effects = d.send(
      finish(prompt.id, 'completed', [{ exerciseId: 'x', heldSeconds: [30] }]),
    );
    expect(effects.map((e) => e.type)).toEqual([
      'appendLog',
      'closeBreak',
      'recordBout',
      'persist',
    ]);
    expect(effects[0]).toMatchObject({
      event: { id: prompt.id, outcome: 'completed', boutSeconds: 30 * 60 },
    });
    expect(effects[2]).toMatchObject({ bout: { seconds: 30.5 * 60 } });
    expect(effects[3]).toMatchObject({
      state: { lastBreakAt: { posture: d.now().wall }, recentExercises: [{ exerciseId: 'x' }] },
    });
    expect(d.status().phase).toBe('away');
    // A stale or repeated result changes nothing.
    expect(d.send(finish(prompt.id, 'completed'))).toEqual([]);
  });

  it('snoozes for 5 minutes at most twice in a row, then a snooze counts as a skip', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(30.5 * MIN);
    const snoozesLeft: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const prompt = d.openPrompt();
      snoozesLeft.push(prompt.snoozesLeft);
      d.send(finish(prompt.id, 'snoozed'));
      d.runTo(d.mono + 5.5 * MIN);
    }
    expect(snoozesLeft).toEqual([2, 1, 0]);
    expect(d.timeline(['openBreak', 'appendLog', 'notice'])).toEqual([
      '29 notice posture 60s',
      '30 open posture',
      '30.5 log posture snoozed',
      '34.5 notice posture 60s',
      '35.5 open posture',
      '36 log posture snoozed',
      '40 notice posture 60s',
      '41 open posture',
      '41.5 log posture skipped',
    ]);
    expect(d.of('notice').map((e) => e.notice.canSnooze)).toEqual([true, true, false]);
    expect(d.of('persist').map((e) => e.state.snoozeCount)).toEqual([1, 2, 0]);
  });

  it('snoozes from the notice too, and refuses a snooze past the limit', () => {
    const d = createDriver({ breaks: { snoozeLimit: 1 } });
    d.activeFrom(0);
    d.sample();
    d.runTo(29.5 * MIN);
    expect(d.send({ type: 'snooze' }).map((e) => e.type)).toEqual(['appendLog', 'persist']);
    d.runTo(34 * MIN);
    expect(d.status().phase).toBe('notice');
    expect(d.send({ type: 'snooze' })).toEqual([]);
  });

  it('skips on request, but not in strict mode, where a skip from the window is still logged as skipped', () => {
    const relaxed = createDriver();
    relaxed.activeFrom(0);
    relaxed.sample();
    relaxed.runTo(29.5 * MIN);
    expect(relaxed.send({ type: 'skip' })[0]).toMatchObject({ event: { outcome: 'skipped' } });
    // The interval starts again from the skip: no break storm.
    relaxed.runTo(58 * MIN);
    expect(relaxed.timeline(['openBreak'])).toEqual([]);

    const strict = createDriver({ breaks: { strict: true } });
    strict.activeFrom(0);
    strict.sample();
    strict.runTo(29.5 * MIN);
    expect(strict.send({ type: 'skip' })).toEqual([]);
    strict.runTo(31 * MIN);
    const prompt = strict.openPrompt();
    expect(prompt.strict).toBe(true);
    expect(strict.send(finish(prompt.id, 'skipped'))[0]).toMatchObject({
      event: { outcome: 'skipped' },
    });
  });

  it('logs a break as taken only when half its planned hold time was held', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(31 * MIN);
    const prompt = d.openPrompt();
    const planned = prompt.exercises.flatMap((plan) => plan.holdSeconds);
    const total = planned.reduce((sum, s) => sum + s, 0);
    const [first] = prompt.exercises;
    expect(first).toBeDefined();
    // A window claiming "completed" for a few seconds held is logged as skipped.
    const few = [{ exerciseId: first?.exerciseId ?? '', heldSeconds: [Math.floor(total / 4)] }];
    expect(d.send(finish(prompt.id, 'completed', few))[0]).toMatchObject({
      event: { outcome: 'skipped', exercises: few },
    });

    const again = createDriver();
    again.activeFrom(0);
    again.sample();
    again.runTo(31 * MIN);
    const next = again.openPrompt();
    const half = next.exercises.map((plan) => ({
      exerciseId: plan.exerciseId,
      heldSeconds: plan.holdSeconds.map((s) => Math.ceil(s / 2)),
    }));
    expect(again.send(finish(next.id, 'partial', half))[0]).toMatchObject({
      event: { outcome: 'partial' },
    });
  });

  it('ends a break window ignored for 10 minutes as missed, and starts the interval again', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(70 * MIN);
    expect(d.timeline(['openBreak', 'appendLog', 'focusBreak'])).toEqual([
      '30 open posture',
      '30.5 focusBreak',
      '40.5 log posture missed',
      '60 open movement',
      '60.5 focusBreak',
    ]);
    expect(d.of('closeBreak')).toHaveLength(1);
  });

  it('ends the break as natural when the person walks away before or during it', () => {
    const before = createDriver();
    before.activeFrom(0);
    before.sample();
    before.runTo(29.2 * MIN);
    before.awayFrom(29.2 * MIN);
    before.runTo(40 * MIN);
    expect(before.timeline(['notice', 'openBreak', 'appendLog'])).toEqual([
      '29 notice posture 60s',
      '30 open posture',
      // Left before the window opened: 3 minutes after the last input, no exercise allowance.
      '32.2 log posture natural',
    ]);

    const during = createDriver();
    during.activeFrom(0);
    during.sample();
    during.runTo(30.6 * MIN);
    during.awayFrom(30.6 * MIN);
    during.runTo(40 * MIN);
    // Stillness counts as the exercise for its 60 s, then 3 min more.
    expect(during.timeline(['appendLog'])).toEqual(['34.6 log posture natural']);
    expect(during.of('closeBreak')).toHaveLength(1);
  });

  it('starts a break now on request, focused at once', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(5 * MIN);
    expect(d.send({ type: 'startBreakNow' }).map((e) => e.type)).toEqual([
      'openBreak',
      'focusBreak',
    ]);
    expect(d.status().phase).toBe('inBreak');
    expect(d.send({ type: 'startBreakNow' })).toEqual([]);
  });

  it('honours the dev interval override', () => {
    const d = createDriver({}, { postureEverySeconds: 20 });
    d.sample();
    d.runTo(20_000);
    expect(d.timeline(['notice', 'openBreak'])).toEqual([
      '0 notice posture 20s',
      '0.33 open posture',
    ]);
  });

  it('sizes a movement break by its minutes', () => {
    const d = createDriver({ breaks: { postureEveryMinutes: 60, movementEveryMinutes: 30 } });
    d.sample();
    d.runTo(30 * MIN);
    expect(d.openPrompt().kind).toBe('movement');
  });
});
