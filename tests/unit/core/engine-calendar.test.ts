import { describe, expect, it } from 'vitest';
import { createDriver, MIN, MONDAY_9 } from './engine-driver';

const HOUR = 60 * MIN;
const OFFICE = { workingHours: { enabled: true } };

describe('engine: pause', () => {
  it('prompts nothing while paused and wakes only at the end of the pause', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(MIN);
    d.send({ type: 'pause', length: { minutes: 30 } });
    expect(d.wakeAt).toBe(31 * MIN);
    expect(d.status()).toMatchObject({ phase: 'paused', pausedUntil: MONDAY_9 + 31 * MIN });
    d.runTo(31 * MIN);
    expect(d.wakeups).toBe(1);
    expect(d.status()).toMatchObject({ phase: 'sitting', sittingSeconds: 0 });
    // The bout starts at the end of the pause, not back in it.
    d.runTo(62 * MIN);
    expect(d.timeline(['openBreak'])).toEqual(['61 open posture']);
  });

  it('pauses until resumed, waking for nothing meanwhile', () => {
    const d = createDriver();
    d.sample();
    d.send({ type: 'pause', length: 'indefinitely' });
    expect(d.wakeAt).toBeNull();
    expect(d.status()).toMatchObject({ phase: 'paused', pausedUntil: null });
    d.runTo(5 * MIN);
    d.send({ type: 'resume' });
    // Resume asks for a sample at once.
    d.runTo(5 * MIN + 1000);
    expect(d.wakeups).toBe(1);
    expect(d.status().phase).toBe('sitting');
  });

  it('pauses until the next working start, by the wall clock', () => {
    const d = createDriver(OFFICE, { wall0: Date.parse('2026-11-27T15:00:00+01:00') });
    d.sample();
    d.send({ type: 'pause', length: 'untilTomorrow' });
    const monday = Date.parse('2026-11-30T09:00:00+01:00');
    expect(d.status().pausedUntil).toBe(monday);
    expect(d.of('persist').at(-1)?.state.pausedUntil).toBe(monday);
  });

  it('refuses a pause while a break window is open', () => {
    const d = createDriver();
    d.sample();
    d.send({ type: 'startBreakNow' });
    expect(d.send({ type: 'pause', length: { minutes: 60 } })).toEqual([]);
    expect(d.status().phase).toBe('inBreak');
  });

  it('ends a noticed break as skipped when the person pauses', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(29.5 * MIN);
    const effects = d.send({ type: 'pause', length: { minutes: 60 } });
    expect(effects.find((e) => e.type === 'appendLog')).toMatchObject({
      event: { outcome: 'skipped' },
    });
  });

  it('restores a pause and the snooze count after a restart', () => {
    const until = MONDAY_9 + 2 * HOUR;
    const d = createDriver(
      {},
      {
        persisted: {
          version: 1,
          pausedUntil: until,
          snoozeCount: 2,
          lastBreakAt: {},
          recentExercises: [],
        },
      },
    );
    d.sample();
    expect(d.status()).toMatchObject({ phase: 'paused', pausedUntil: until });
    expect(d.wakeAt).toBe(2 * HOUR);
    d.runTo(2 * HOUR + 29.5 * MIN);
    expect(d.of('notice')[0]?.notice.canSnooze).toBe(false);
  });
});

describe('engine: working hours', () => {
  it('prompts nothing outside working hours and wakes only at the boundary', () => {
    const d = createDriver(OFFICE, { wall0: Date.parse('2026-11-23T06:00:00+01:00') });
    d.activeFrom(0);
    d.sample();
    expect(d.status()).toMatchObject({ phase: 'offHours', nextBreakAt: null, sittingSeconds: 0 });
    expect(d.wakeAt).toBe(3 * HOUR);
    d.runTo(3 * HOUR - 1);
    expect(d.wakeups).toBe(0);
    d.runTo(3 * HOUR + 31 * MIN);
    expect(d.timeline(['openBreak'])).toEqual(['210 open posture']);
  });

  it('ends the bout at the end of the day and gives no notice for a break after it', () => {
    const d = createDriver(OFFICE, { wall0: Date.parse('2026-11-23T17:00:00+01:00') });
    d.activeFrom(0);
    d.sample();
    d.runTo(2 * HOUR);
    expect(d.timeline(['notice', 'openBreak'])).toEqual([]);
    expect(d.of('recordBout').map((e) => e.bout.seconds)).toEqual([30 * 60]);
    expect(d.status().phase).toBe('offHours');
    // Next wake: Tuesday 09:00.
    expect(d.wakeAt).toBe(
      Date.parse('2026-11-24T09:00:00+01:00') - Date.parse('2026-11-23T17:00:00+01:00'),
    );
  });
});

describe('engine: wall-clock jumps', () => {
  it('keeps the sitting count and fires no storm when the clock jumps forward or back', () => {
    for (const jump of [3 * HOUR, -3 * HOUR]) {
      const d = createDriver();
      d.activeFrom(0);
      d.sample();
      d.runTo(20 * MIN);
      d.jumpWall(jump);
      d.sample();
      expect(d.status().sittingSeconds).toBe(20 * 60);
      d.runTo(40 * MIN);
      expect(d.timeline(['openBreak'])).toEqual(['30 open posture']);
      // The open break is reported at its time on the (jumped) wall clock.
      expect(d.status().nextBreakAt).toBe(d.now().wall - 10 * MIN);
    }
  });

  it('follows a change of time zone for working hours without touching the sitting count', () => {
    const d = createDriver(OFFICE, { wall0: Date.parse('2026-11-23T16:00:00+01:00') });
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    // Flew to New York: it is 10:20 there.
    d.send({ type: 'timeZone', timeZone: 'America/New_York' });
    expect(d.status()).toMatchObject({ phase: 'sitting', sittingSeconds: 20 * 60 });
    d.runTo(31 * MIN);
    expect(d.timeline(['openBreak'])).toEqual(['30 open posture']);
    // An unknown zone is ignored rather than breaking the calendar.
    d.send({ type: 'timeZone', timeZone: 'Mars/Olympus' });
    expect(d.state.options.timeZone).toBe('America/New_York');
  });
});

describe('engine: a clock set back near the start of the day', () => {
  it('still gives the break on the real timeline', () => {
    const d = createDriver(OFFICE, { wall0: Date.parse('2026-11-23T09:10:00+01:00') });
    d.activeFrom(0);
    d.sample();
    d.runTo(29 * MIN);
    // Set back ten minutes just before the break: 09:29 reads 09:19, still inside hours.
    d.jumpWall(-10 * MIN);
    d.runTo(30 * MIN);
    expect(d.timeline(['openBreak'])).toEqual(['30 open posture']);
  });
});
