import { describe, expect, it } from 'vitest';
import { createDriver, MIN } from './engine-driver';

describe('engine: sitting from idle time', () => {
  it('starts a bout at the first active sample, dated back by its idle time', () => {
    const d = createDriver();
    d.setIdle(() => 40);
    d.runTo(10 * MIN);
    d.sample();
    expect(d.status()).toMatchObject({ phase: 'sitting', sittingSeconds: 40 });
  });

  it('samples exactly when idle could first reach the natural-break threshold', () => {
    const d = createDriver();
    d.setIdle(() => 0);
    d.sample();
    expect(d.wakeAt).toBe(3 * MIN);
    d.setIdle(() => 100);
    d.runTo(3 * MIN);
    // Last input 100 s ago: idle reaches 3 min 80 s from now, not a poll later.
    expect(d.wakeAt).toBe(3 * MIN + 80_000);
  });

  it('counts an absence of 3 minutes as a natural break: the posture timer starts again', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    d.awayFrom(20 * MIN);
    d.runTo(23.5 * MIN);
    expect(d.status().phase).toBe('away');
    expect(d.of('recordBout')).toEqual([
      { type: 'recordBout', bout: { start: expect.any(Number), seconds: 20 * 60 } },
    ]);
    d.activeFrom(24 * MIN);
    d.runTo(60 * MIN);
    // Back at minute 24, seen by the next poll (sitting is exact to a poll): break at 24 + 30.
    expect(d.timeline(['notice', 'openBreak', 'naturalBreak'])).toEqual([
      '23 natural posture',
      '53 notice posture 60s',
      '54 open posture',
    ]);
  });

  it('keeps the bout through a pause in input shorter than the threshold', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(10 * MIN);
    d.awayFrom(10 * MIN);
    d.runTo(12 * MIN + 50_000);
    d.activeFrom(12 * MIN + 50_000);
    d.runTo(31 * MIN);
    expect(d.timeline(['openBreak', 'naturalBreak'])).toEqual(['30 open posture']);
  });

  it('lets an absence of 5 minutes also satisfy the movement break, and 4 minutes not', () => {
    const run = (awayMinutes: number) => {
      const d = createDriver({ breaks: { postureEveryMinutes: 60, movementEveryMinutes: 60 } });
      d.activeFrom(0);
      d.sample();
      d.runTo(40 * MIN);
      d.awayFrom(40 * MIN);
      d.runTo((40 + awayMinutes - 0.5) * MIN);
      d.activeFrom((40 + awayMinutes) * MIN);
      d.runTo(120 * MIN);
      return d.timeline(['openBreak', 'naturalBreak']);
    };
    // 4 min away: 40 min of sitting still count toward the hour of movement.
    expect(run(4)).toEqual(['43 natural posture', '64 open movement']);
    // 5 min away: the movement count starts again from the return (both fall due at 105;
    // movement wins).
    expect(run(5)).toEqual(['43 natural posture', '45 natural movement', '105 open movement']);
  });

  it('counts a lock as away from its start, and a short lock as nothing', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(10 * MIN);
    d.send({ type: 'system', event: 'lock' });
    d.runTo(12 * MIN);
    d.send({ type: 'system', event: 'unlock' });
    expect(d.status()).toMatchObject({ phase: 'sitting', sittingSeconds: 12 * 60 });
    d.send({ type: 'system', event: 'lock' });
    d.runTo(40 * MIN);
    expect(d.timeline(['naturalBreak', 'openBreak'])).toEqual([
      '15 natural posture',
      '17 natural movement',
    ]);
    expect(d.of('recordBout').map((e) => e.bout.seconds)).toEqual([12 * 60]);
    // While locked nothing wakes once the absence is settled.
    expect(d.wakeAt).toBeNull();
    d.send({ type: 'system', event: 'unlock' });
    expect(d.status()).toMatchObject({ phase: 'sitting', sittingSeconds: 0 });
  });

  it('fires no backlog after an overnight suspend, even when the monotonic clock stood still', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(25 * MIN);
    d.send({ type: 'system', event: 'suspend' });
    expect(d.wakeAt).toBeNull();
    // Linux's monotonic clock stops during sleep: only the wall clock moves 14 hours.
    d.jumpWall(14 * 60 * MIN);
    d.send({ type: 'system', event: 'resume' });
    d.runTo(26 * MIN);
    expect(d.timeline(['naturalBreak', 'openBreak', 'notice'])).toEqual([
      '25 natural posture',
      '25 natural movement',
    ]);
    // Resume asks for a sample at once: the bout starts a second after waking.
    expect(d.status()).toMatchObject({ phase: 'sitting', sittingSeconds: 59 });
  });

  it('follows the clock when no idle source works', () => {
    const d = createDriver();
    expect(d.status().idleAvailable).toBe(true);
    d.setIdle(() => null);
    d.sample();
    expect(d.status().idleAvailable).toBe(false);
    d.runTo(31 * MIN);
    expect(d.timeline(['notice', 'openBreak', 'focusBreak'])).toEqual([
      '29 notice posture 60s',
      '30 open posture',
      '30.5 focusBreak',
    ]);
    // Without idle readings nothing polls: only the break's own moments wake the app.
    expect(d.wakeups).toBe(3);
  });
});
