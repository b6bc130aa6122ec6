import { describe, expect, it } from 'vitest';
import { createDriver, MIN } from './engine-driver';

/** Issue 15 §3–4: "At my desk, not typing" and "I'm standing". */

function bouts(d: ReturnType<typeof createDriver>): string[] {
  return d.of('recordBout').map((e) => `${e.bout.stance ?? 'sitting'} ${e.bout.seconds / 60}`);
}

describe('"At my desk, not typing"', () => {
  it('counts reading without input as sitting, and breaks still come', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(10 * MIN);
    d.send({ type: 'atDesk', on: true });
    d.awayFrom(10 * MIN);
    d.runTo(29 * MIN);
    expect(d.of('naturalBreak')).toEqual([]);
    expect(d.status()).toMatchObject({ atDesk: true, sittingSeconds: 29 * 60 });
    d.runTo(31 * MIN);
    expect(d.of('openBreak').map((e) => e.prompt.kind)).toEqual(['posture']);
  });

  it('ends by itself after 2 hours: the bout stops being extended there', () => {
    const d = createDriver({ breaks: { missedAfterMinutes: 1 } });
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'atDesk', on: true });
    d.awayFrom(0);
    d.runTo(3 * 60 * MIN);
    expect(d.status().atDesk).toBe(false);
    expect(d.status().phase).toBe('away');
  });

  it('ends at a lock: the person left', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'atDesk', on: true });
    d.awayFrom(5 * MIN);
    d.runTo(10 * MIN);
    d.send({ type: 'system', event: 'lock' });
    d.runTo(20 * MIN);
    expect(d.status()).toMatchObject({ atDesk: false, phase: 'away' });
    expect(bouts(d)).toEqual(['sitting 10']);
  });

  it('turned off, keeps the time so far and counts idle time as usual again', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'atDesk', on: true });
    d.awayFrom(2 * MIN);
    d.runTo(20 * MIN);
    d.send({ type: 'atDesk', on: false });
    d.runTo(24 * MIN);
    expect(d.of('naturalBreak').map((e) => e.kind)).toEqual(['posture']);
    expect(bouts(d)).toEqual(['sitting 20']);
  });
});

describe("I'm standing", () => {
  it('is not sitting, asks for no posture break, and movement still comes', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    d.send({ type: 'stance', stance: 'standing' });
    d.runTo(45 * MIN);
    expect(d.status().stance).toBe('standing');
    expect(d.of('notice')).toEqual([]);
    expect(bouts(d)).toEqual(['sitting 20']);
    d.send({ type: 'stance', stance: 'sitting' });
    expect(bouts(d)).toEqual(['sitting 20', 'standing 25']);
    d.runTo(61 * MIN);
    // 60 minutes at the desk: the movement break counts standing time too.
    expect(d.of('openBreak').map((e) => e.prompt.kind)).toEqual(['movement']);
  });

  it('turns back to sitting after 45 minutes, and the posture interval starts there', () => {
    const d = createDriver({ breaks: { movementEveryMinutes: 120 } });
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'stance', stance: 'standing' });
    d.runTo(46 * MIN);
    expect(d.status().stance).toBe('sitting');
    expect(bouts(d)).toEqual(['standing 45']);
    d.runTo(76 * MIN);
    expect(d.seen.find((s) => s.effect.type === 'openBreak')?.at).toBe(75 * MIN);
  });

  it('follows the standing time setting', () => {
    const d = createDriver({ focus: { standingMinutes: 20 } });
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'stance', stance: 'standing' });
    d.runTo(21 * MIN);
    expect(bouts(d)).toEqual(['standing 20']);
  });

  it('turns back to sitting after an absence', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'stance', stance: 'standing' });
    d.awayFrom(10 * MIN);
    d.runTo(15 * MIN);
    d.activeFrom(15 * MIN);
    d.runTo(20 * MIN);
    expect(d.status().stance).toBe('sitting');
    expect(bouts(d)).toEqual(['standing 10']);
  });

  it('standing up settles an announced posture break', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(29 * MIN + 10_000);
    expect(d.of('notice')).toHaveLength(1);
    d.send({ type: 'stance', stance: 'standing' });
    expect(d.of('appendLog').map((e) => e.event.outcome)).toEqual(['natural']);
    d.runTo(31 * MIN);
    expect(d.of('openBreak')).toEqual([]);
  });
});
