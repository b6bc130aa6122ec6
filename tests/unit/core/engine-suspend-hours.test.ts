import { describe, expect, it } from 'vitest';
import { createDriver, MIN } from './engine-driver';

/**
 * A suspend or lock that spans the end of working hours: the person has been away since
 * it began, so the evening bout ends there, not when the calendar is next looked at.
 */

const OFFICE = { workingHours: { enabled: true } };
const HOUR = 60 * MIN;
/** Wednesday 25 November 2026, 17:00 in Berlin; working hours end at 17:30. */
const WED_17 = Date.parse('2026-11-25T17:00:00+01:00');

function sitThenSuspend(suspendAt: number) {
  const d = createDriver(OFFICE, { wall0: WED_17 });
  d.activeFrom(0);
  d.sample();
  d.runTo(suspendAt);
  d.send({ type: 'system', event: 'suspend' });
  return d;
}

describe('engine: suspend across the end of working hours', () => {
  it('ends the bout at the suspend when the lid opens before the next working day', () => {
    const d = sitThenSuspend(25 * MIN);
    // Thursday 08:30: resume, then the person types.
    d.runTo(15.5 * HOUR, { suspended: true });
    d.send({ type: 'system', event: 'resume' });
    d.sample();
    expect(d.of('recordBout').map((e) => e.bout.seconds)).toEqual([25 * 60]);
    expect(d.status()).toMatchObject({ phase: 'offHours', sittingSeconds: 0 });
    // The night away counts as a movement break: none falls due early on Thursday.
    d.runTo(16 * HOUR + 28 * MIN);
    expect(d.timeline(['notice', 'openBreak'])).toEqual([]);
    d.runTo(16 * HOUR + 31 * MIN);
    expect(d.timeline(['notice', 'openBreak'])).toEqual([
      '989 notice posture 60s',
      '990 open posture',
    ]);
  });

  it('ends the bout at the suspend when a timer fires before the resume arrives', () => {
    const d = sitThenSuspend(25 * MIN);
    d.runTo(15.5 * HOUR, { suspended: true });
    // Electron may run a due timer before it reports the resume.
    d.sample();
    d.send({ type: 'system', event: 'resume' });
    expect(d.of('recordBout').map((e) => e.bout.seconds)).toEqual([25 * 60]);
    expect(d.state.movementSatMs).toBe(0);
  });

  it('ends the bout at a lock that runs past the end of the day', () => {
    const d = createDriver(OFFICE, { wall0: WED_17 });
    d.activeFrom(0);
    d.sample();
    d.runTo(20 * MIN);
    d.send({ type: 'system', event: 'lock' });
    d.runTo(15.5 * HOUR);
    d.send({ type: 'system', event: 'unlock' });
    expect(d.of('recordBout').map((e) => e.bout.seconds)).toEqual([20 * 60]);
    expect(d.status().phase).toBe('offHours');
  });

  it('records no weekend-long bout for a lid closed on Friday evening', () => {
    const friday = Date.parse('2026-11-27T17:00:00+01:00');
    const d = createDriver(OFFICE, { wall0: friday });
    d.activeFrom(0);
    d.sample();
    d.runTo(10 * MIN);
    d.send({ type: 'system', event: 'suspend' });
    const monday0845 = Date.parse('2026-11-30T08:45:00+01:00') - friday;
    d.runTo(monday0845, { suspended: true });
    d.send({ type: 'system', event: 'resume' });
    d.sample();
    d.runTo(monday0845 + 45 * MIN);
    expect(d.of('recordBout').map((e) => e.bout.seconds)).toEqual([10 * 60]);
    // Sitting from 09:00: the first break is the posture one at 09:30, with its notice.
    expect(
      d.timeline(['notice', 'openBreak']).map((line) => line.split(' ').slice(1).join(' ')),
    ).toEqual(['notice posture 60s', 'open posture']);
  });
});
