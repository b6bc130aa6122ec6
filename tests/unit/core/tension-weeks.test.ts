import { describe, expect, it } from 'vitest';
import {
  getCheckInMean,
  getTensionTrendRange,
  getTensionWeeks,
} from '../../../src/core/tension-weeks';
import type { TensionCheckIn } from '../../../src/shared/tension';
import { ZONE, at, event } from './summary-fixtures';

const HOUR = 60 * 60 * 1000;
/** Friday 27 November 2026, 17:00 in Berlin. */
const NOW = at(2026, 11, 27, 17);

let counter = 0;
function checkIn(time: number, ratings: TensionCheckIn['ratings']): TensionCheckIn {
  counter += 1;
  return { id: `t${counter}`, at: time, ratings, redFlags: [], emergency: false };
}

const input = { now: NOW, timeZone: ZONE, weekStartsOn: 1 as const };

describe('getTensionWeeks', () => {
  it('gives eight Monday weeks, oldest first, with gaps where nobody checked in', () => {
    const weeks = getTensionWeeks({
      ...input,
      checkIns: [checkIn(at(2026, 11, 18, 9), { neck: 6, shoulders: 4 })],
      events: [],
    });
    expect(weeks.map((week) => week.weekStart)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(weeks.map((week) => week.tension)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      5,
      null,
    ]);
    expect(weeks.map((week) => week.checkIns)).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
    expect(weeks.every((week) => week.breaks === 0 && week.daysWithCare === 0)).toBe(true);
  });

  it('averages several check-ins of one week, each by its own mean', () => {
    const weeks = getTensionWeeks({
      ...input,
      weeks: 1,
      checkIns: [
        checkIn(at(2026, 11, 23, 9), { neck: 8 }),
        checkIn(at(2026, 11, 25, 9), { neck: 4, lowerBack: 2 }),
        checkIn(at(2026, 11, 26, 9), {}),
      ],
      events: [],
    });
    // (8 + 3) / 2; the empty check-in rated nothing and is not counted.
    expect(weeks).toMatchObject([{ weekStart: '2026-11-23', tension: 5.5, checkIns: 2 }]);
  });

  it('keeps a DST week to its 169 local hours, check-ins and breaks on the right side', () => {
    const weeks = getTensionWeeks({
      ...input,
      checkIns: [
        checkIn(at(2026, 10, 25, 23, 30), { neck: 7 }),
        checkIn(at(2026, 10, 26, 0, 30), { neck: 3 }),
      ],
      events: [
        event(at(2026, 10, 19, 10), 'completed', [45, 45]),
        event(at(2026, 10, 25, 23, 30), 'skipped'),
        event(at(2026, 10, 26, 0, 30), 'natural'),
      ],
    });
    const dst = weeks.find((week) => week.weekStart === '2026-10-19');
    expect(dst && (dst.endsAt - dst.startsAt) / HOUR).toBe(169);
    expect(dst).toMatchObject({ tension: 7, breaks: 2, taken: 1, daysWithCare: 1 });
    expect(weeks.find((week) => week.weekStart === '2026-10-26')).toMatchObject({
      tension: 3,
      breaks: 1,
      taken: 1,
      daysWithCare: 0,
    });
  });

  it('counts adherence as the summary does: snoozes are not breaks, a care day needs a minute', () => {
    const [week] = getTensionWeeks({
      ...input,
      weeks: 1,
      checkIns: [],
      events: [
        event(at(2026, 11, 23, 9), 'completed', [45, 45]),
        event(at(2026, 11, 23, 11), 'snoozed'),
        event(at(2026, 11, 24, 9), 'partial', [30]),
        event(at(2026, 11, 24, 11), 'partial', [30]),
        event(at(2026, 11, 25, 9), 'partial', [20]),
        event(at(2026, 11, 26, 9), 'missed'),
      ],
    });
    expect(week).toMatchObject({ breaks: 5, taken: 4, daysWithCare: 2, tension: null });
  });

  it('follows a Sunday week start and spans exactly the weeks it reports', () => {
    const sunday = { ...input, weekStartsOn: 0 as const, weeks: 2 };
    const weeks = getTensionWeeks({ ...sunday, checkIns: [], events: [] });
    expect(weeks.map((week) => week.weekStart)).toEqual(['2026-11-15', '2026-11-22']);
    expect(getTensionTrendRange(sunday)).toEqual({
      from: weeks[0]?.startsAt,
      to: weeks[1]?.endsAt,
    });
  });
});

describe('getCheckInMean', () => {
  it('is the mean of the rated areas, null when none', () => {
    expect(getCheckInMean({ ratings: { neck: 0, hips: 3 } })).toBe(1.5);
    expect(getCheckInMean({ ratings: {} })).toBeNull();
  });
});
