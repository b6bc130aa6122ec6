import { describe, expect, it } from 'vitest';
import { getBreakNoticeText } from '../../../src/core/notice-text';
import { english } from '../../../src/shared/i18n/translator';
import { createDriver, MIN } from './engine-driver';

/** Issue 15 §2: calls, presentations and do-not-disturb hold breaks; sitting keeps counting. */

/** Total recorded sitting plus the bout still running, minutes. */
function sittingMinutes(d: ReturnType<typeof createDriver>): number {
  const recorded = d.of('recordBout').reduce((sum, e) => sum + e.bout.seconds, 0);
  return (recorded + d.status().sittingSeconds) / 60;
}

describe('a call at the desk without input', () => {
  it('is sitting, not away: no natural break, one bout of 80 minutes, the break held', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    d.send({ type: 'focus', state: 'call' });
    d.awayFrom(20 * MIN);
    d.runTo(80 * MIN);
    expect(d.of('naturalBreak')).toEqual([]);
    expect(d.of('notice')).toEqual([]);
    expect(d.of('openBreak')).toEqual([]);
    expect(d.of('held')).toEqual([{ type: 'held', kind: 'posture', reason: 'call' }]);
    expect(d.status()).toMatchObject({ phase: 'sitting', focus: 'call', held: true });
    expect(d.status().sittingSeconds).toBe(80 * 60);
  });

  it('keeps the call as sitting when the person leaves after it: the bout ends at its end', () => {
    const d = createDriver({ breaks: { movementEveryMinutes: 120, postureEveryMinutes: 60 } });
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    d.send({ type: 'focus', state: 'call' });
    d.awayFrom(20 * MIN);
    d.runTo(50 * MIN);
    d.send({ type: 'focus', state: 'none' });
    d.runTo(60 * MIN);
    expect(d.of('recordBout').map((e) => e.bout.seconds / 60)).toEqual([50]);
  });

  it('without a call the same hour is a natural break after 3 minutes (the old behaviour)', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    d.awayFrom(20 * MIN);
    d.runTo(80 * MIN);
    expect(d.of('naturalBreak').map((e) => e.kind)).toContain('posture');
  });

  it('brings the held break with a notice within a minute of the call ending, saying why', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'call' });
    d.runTo(45 * MIN);
    d.send({ type: 'focus', state: 'none' });
    const [notice] = d.of('notice');
    expect(notice?.notice).toMatchObject({ kind: 'posture', waited: 'call', inSeconds: 60 });
    if (!notice) throw new Error('no notice');
    expect(english.format(getBreakNoticeText(notice.notice, false).title)).toBe(
      'Your call is over — time for a 1-minute stretch',
    );
    d.runTo(46 * MIN);
    expect(d.of('openBreak')).toHaveLength(1);
    expect(d.seen.find((s) => s.effect.type === 'openBreak')?.at).toBe(46 * MIN);
  });

  it('becomes the movement break when the call makes that one due too', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'presenting' });
    d.runTo(70 * MIN);
    d.send({ type: 'focus', state: 'none' });
    expect(d.of('notice')[0]?.notice).toMatchObject({ kind: 'movement', waited: 'presenting' });
  });

  it('logs the break as held, with the reason and how long it waited', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'call' });
    d.runTo(59 * MIN);
    d.send({ type: 'focus', state: 'none' });
    d.runTo(75 * MIN);
    const [log] = d.of('appendLog');
    // Held from its notice time (29 min) until the call ended (59 min) plus the one-minute lead.
    expect(log?.event.held).toEqual({ reason: 'call', seconds: 31 * 60 });
  });

  it('takes back an announced break when a call starts, and closes a window not yet begun', () => {
    const d = createDriver({ breaks: { graceSeconds: 60, typingPauseSeconds: 10 } });
    d.activeFrom(0);
    d.sample();
    d.runTo(30 * MIN + 10_000);
    expect(d.of('openBreak')).toHaveLength(1);
    d.send({ type: 'focus', state: 'call' });
    expect(d.of('closeBreak')).toHaveLength(1);
    expect(d.state.pending?.stage).toBe('held');
    expect(d.of('appendLog')).toEqual([]);
  });

  it('still opens a break the person asks for during a call', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'call' });
    d.runTo(40 * MIN);
    d.send({ type: 'startBreakNow' });
    expect(d.of('openBreak')).toHaveLength(1);
  });

  it('comes anyway, quietly, after the longest hold (2 hours by default)', () => {
    const d = createDriver({ sound: { enabled: true } });
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'call' });
    d.runTo(29 * MIN + 120 * MIN - 1000);
    expect(d.of('notice')).toEqual([]);
    d.runTo(29 * MIN + 120 * MIN + 61_000);
    expect(d.of('notice')[0]?.notice).toMatchObject({ waited: 'call', quiet: true });
    expect(d.of('openBreak')[0]?.prompt.sound.enabled).toBe(false);
  });

  it('ends as a natural break when the screen locks during the call', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'call' });
    d.runTo(40 * MIN);
    d.send({ type: 'system', event: 'lock' });
    d.runTo(50 * MIN);
    expect(d.of('appendLog').map((e) => e.event.outcome)).toEqual(['natural']);
    expect(d.of('appendLog')[0]?.event.held?.reason).toBe('call');
  });
});

describe('do-not-disturb', () => {
  it('holds breaks by default, and counts idle time as usual', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'dnd' });
    d.runTo(40 * MIN);
    expect(d.of('held')[0]).toMatchObject({ reason: 'dnd' });
    d.send({ type: 'focus', state: 'none' });
    const [notice] = d.of('notice');
    if (!notice) throw new Error('no notice');
    expect(english.format(getBreakNoticeText(notice.notice, false).title)).toBe(
      'Do not disturb is off — time for a 1-minute stretch',
    );
  });

  it('with "quiet notice" lets the break come with a silent notice and no sound', () => {
    const d = createDriver({ focus: { dnd: 'quietNotice' }, sound: { enabled: true } });
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'dnd' });
    d.runTo(31 * MIN);
    expect(d.of('held')).toEqual([]);
    expect(d.of('notice')[0]?.notice).toMatchObject({ kind: 'posture', quiet: true });
    expect(d.of('openBreak')[0]?.prompt.sound.enabled).toBe(false);
  });
});

describe('fullscreen', () => {
  it('holds the break but a person who leaves still takes a natural break', () => {
    const d = createDriver();
    d.activeFrom(0);
    d.sample();
    d.send({ type: 'focus', state: 'fullscreen' });
    d.runTo(35 * MIN);
    d.awayFrom(35 * MIN);
    d.runTo(40 * MIN);
    expect(d.of('appendLog').map((e) => [e.event.outcome, e.event.held?.reason])).toEqual([
      ['natural', 'fullscreen'],
    ]);
    expect(sittingMinutes(d)).toBe(35);
  });
});
