import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../src/shared/settings/schema';
import { getNextBoundary, getTomorrowStart, isWorkingTime } from '../../../src/core/working-hours';

const office = settingsSchema.parse({
  workingHours: {
    enabled: true,
    days: {
      mon: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
    },
  },
});
const BERLIN = 'Europe/Berlin';
const t = (iso: string): number => Date.parse(iso);

describe('working hours', () => {
  it('allows several ranges a day and nothing on empty days', () => {
    expect(isWorkingTime(office, t('2026-11-23T08:59:00+01:00'), BERLIN)).toBe(false);
    expect(isWorkingTime(office, t('2026-11-23T09:00:00+01:00'), BERLIN)).toBe(true);
    expect(isWorkingTime(office, t('2026-11-23T12:30:00+01:00'), BERLIN)).toBe(false);
    expect(isWorkingTime(office, t('2026-11-23T17:29:00+01:00'), BERLIN)).toBe(true);
    expect(isWorkingTime(office, t('2026-11-22T11:00:00+01:00'), BERLIN)).toBe(false);
  });

  it('treats every moment as working time when the rule is off', () => {
    const off = settingsSchema.parse({});
    expect(isWorkingTime(off, t('2026-11-22T03:00:00+01:00'), BERLIN)).toBe(true);
    expect(getNextBoundary(off, t('2026-11-22T03:00:00+01:00'), BERLIN)).toBeNull();
  });

  it('finds the next boundary, across a weekend', () => {
    expect(getNextBoundary(office, t('2026-11-23T12:10:00+01:00'), BERLIN)).toBe(
      t('2026-11-23T13:00:00+01:00'),
    );
    expect(getNextBoundary(office, t('2026-11-27T18:00:00+01:00'), BERLIN)).toBe(
      t('2026-11-30T09:00:00+01:00'),
    );
  });

  it('reads ranges in local time on both sides of a DST change', () => {
    // Sunday 29 March 2026 is 23 hours long in Berlin; Monday 09:00 is CEST.
    expect(getNextBoundary(office, t('2026-03-28T12:00:00+01:00'), BERLIN)).toBe(
      t('2026-03-30T09:00:00+02:00'),
    );
    // Sunday 25 October 2026 is 25 hours long; Monday 09:00 is CET again.
    expect(getNextBoundary(office, t('2026-10-24T12:00:00+02:00'), BERLIN)).toBe(
      t('2026-10-26T09:00:00+01:00'),
    );
  });

  it('follows the zone it is given', () => {
    const now = t('2026-11-23T15:00:00Z');
    expect(isWorkingTime(office, now, BERLIN)).toBe(true); // 16:00 in Berlin
    expect(isWorkingTime(office, now, 'America/New_York')).toBe(true); // 10:00
    expect(isWorkingTime(office, now, 'Asia/Tokyo')).toBe(false); // midnight
  });

  it('says when tomorrow starts: the next working start on a later day, or midnight', () => {
    expect(getTomorrowStart(office, t('2026-11-27T10:00:00+01:00'), BERLIN)).toBe(
      t('2026-11-30T09:00:00+01:00'),
    );
    const noDays = settingsSchema.parse({
      workingHours: { days: { mon: [], tue: [], wed: [], thu: [], fri: [] } },
    });
    expect(getTomorrowStart(noDays, t('2026-11-23T10:00:00+01:00'), BERLIN)).toBe(
      t('2026-11-24T00:00:00+01:00'),
    );
  });
});
