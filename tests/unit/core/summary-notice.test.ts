import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { getNextWeeklySummaryAt, getNoticeWeeksBack } from '../../../src/core/weekly-notice';

const ZONE = 'Europe/Berlin';
const at = (m: number, d: number, h: number, min = 0) =>
  new TZDate(2026, m - 1, d, h, min, ZONE).getTime();
const monday9 = { enabled: true, weekday: 1, time: '09:00' };

describe('weekly summary notice timing', () => {
  it('is the coming Monday 09:00 local, strictly after now', () => {
    expect(getNextWeeklySummaryAt(monday9, at(11, 25, 12), ZONE)).toBe(at(11, 30, 9));
    expect(getNextWeeklySummaryAt(monday9, at(11, 23, 8, 59), ZONE)).toBe(at(11, 23, 9));
    expect(getNextWeeklySummaryAt(monday9, at(11, 23, 9), ZONE)).toBe(at(11, 30, 9));
  });

  it('keeps the local time across a DST change', () => {
    // Summer time ends on Sunday 25 October; Monday 26 is on winter time.
    const next = getNextWeeklySummaryAt(monday9, at(10, 21, 10), ZONE);
    expect(next).toBe(at(10, 26, 9));
    expect(new Date(next ?? 0).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('follows the weekday and time settings, and is null when off', () => {
    const friday = { enabled: true, weekday: 5, time: '17:30' };
    expect(getNextWeeklySummaryAt(friday, at(11, 23, 9), ZONE)).toBe(at(11, 27, 17, 30));
    expect(getNextWeeklySummaryAt({ ...monday9, enabled: false }, at(11, 23, 9), ZONE)).toBeNull();
  });

  it('reports last week on the first day of the week and this week later on', () => {
    expect(getNoticeWeeksBack(at(11, 23, 9), ZONE, 1)).toBe(1);
    expect(getNoticeWeeksBack(at(11, 27, 17), ZONE, 1)).toBe(0);
    expect(getNoticeWeeksBack(at(11, 22, 9), ZONE, 0)).toBe(1);
  });
});
