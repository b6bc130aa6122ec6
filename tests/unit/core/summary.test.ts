import { describe, expect, it } from 'vitest';
import { getHeadlineMessage, getWeekLine } from '../../../src/core/summary-text';
import type { WeekSummary } from '../../../src/shared/domain';
import { english } from '../../../src/shared/i18n/translator';
import { resolveWeekStart } from '../../../src/core/summary-week';
import { at, event, summarize } from './summary-fixtures';

/** The headline as the summary window shows it, in English. */
const getHeadline = (summary: WeekSummary) => english.format(getHeadlineMessage(summary));

describe('weekly summary over hand-made weeks', () => {
  it('counts outcomes, care, areas and exercises, and compares with last week', () => {
    const lastWeek = [
      event(at(2026, 11, 17), 'completed', [45, 45]),
      event(at(2026, 11, 18), 'skipped'),
    ];
    const thisWeek = [
      event(at(2026, 11, 23, 9), 'completed', [45, 45]),
      event(at(2026, 11, 23, 11), 'partial', [20]),
      event(at(2026, 11, 23, 14), 'snoozed'),
      event(at(2026, 11, 24, 10), 'natural'),
      event(at(2026, 11, 24, 15), 'skipped'),
      event(at(2026, 11, 25, 10), 'missed'),
      {
        ...event(at(2026, 11, 25, 16), 'completed'),
        exercises: [
          { exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] },
          { exerciseId: 'retired-exercise', heldSeconds: [10] },
        ],
      },
    ];
    const summary = summarize([...lastWeek, ...thisWeek], at(2026, 11, 26, 12), {
      sitting: {
        '2026-11-23': { sittingSeconds: 5 * 3600, longestBoutSeconds: 4000, boutsOver60: 1 },
      },
    });
    expect(summary.weekStart).toBe('2026-11-23');
    expect(summary.weekEnd).toBe('2026-11-29');
    expect(summary.outcomes).toEqual({
      completed: 2,
      partial: 1,
      natural: 1,
      skipped: 1,
      snoozed: 1,
      missed: 1,
    });
    expect(summary.breaks).toBe(6);
    expect(summary.taken).toBe(4);
    expect(summary.completionRate).toBeCloseTo(4 / 6);
    expect(summary.careSeconds).toBe(90 + 20 + 60 + 10);
    expect(summary.naturalBreaks).toBe(1);
    expect(summary.days.map((d) => d.taken)).toEqual([2, 1, 1, 0, 0, 0, 0]);
    expect(summary.days[0]?.sitting).toEqual({
      sittingSeconds: 18000,
      longestBoutSeconds: 4000,
      boutsOver60: 1,
    });
    expect(summary.sitting).toEqual({
      totalSeconds: 18000,
      longestBoutSeconds: 4000,
      boutsOver60: 1,
    });
    expect(summary.daysWithCare).toBe(2);
    expect(summary.areas).toEqual([
      { area: 'upper-back', seconds: 110, count: 2 },
      { area: 'chest', seconds: 60, count: 1 },
      { area: 'other', seconds: 10, count: 1 },
    ]);
    expect(summary.exercises[0]).toEqual({
      exerciseId: 'ball-shoulder-blade-wall',
      count: 2,
      seconds: 110,
    });
    expect(summary.change).toEqual({ breaks: 4, taken: 3, careSeconds: 90 });
    expect(summary.firstWeek).toBe(false);
    expect(getHeadline(summary)).toBe('You took 4 of 6 breaks — 3 more than last week.');
    expect(english.format(getWeekLine(summary))).toBe('This week: 4/6 breaks');
  });

  it('says "fewer" when this week is behind last week', () => {
    const events = [
      event(at(2026, 11, 16), 'completed', [60]),
      event(at(2026, 11, 17), 'completed', [60]),
      event(at(2026, 11, 24), 'completed', [60]),
    ];
    const summary = summarize(events, at(2026, 11, 25));
    expect(getHeadline(summary)).toBe('You took 1 of 1 break — 1 fewer than last week.');
  });

  it('keeps a week crossing the end of DST to seven local days (one of 25 hours)', () => {
    // Europe/Berlin leaves summer time on Sunday 25 October 2026 at 03:00.
    const events = [
      event(at(2026, 10, 19, 0, 30), 'completed', [60]),
      event(at(2026, 10, 25, 23, 30), 'completed', [60]),
      event(at(2026, 10, 26, 0, 30), 'completed', [60]),
    ];
    const summary = summarize(events, at(2026, 10, 25, 23, 45));
    expect(summary.days.map((d) => d.date)).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect((summary.endsAt - summary.startsAt) / 3_600_000).toBe(169);
    expect(summary.days.map((d) => d.taken)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(summary.startsAt).toBe(at(2026, 10, 19, 0, 0));
    expect(summary.endsAt).toBe(at(2026, 10, 26, 0, 0));
  });

  it('keeps a week crossing the start of DST to seven local days (one of 23 hours)', () => {
    const events = [
      event(at(2026, 3, 29, 1, 30), 'completed', [60]),
      event(at(2026, 3, 29, 3, 30), 'partial', [10]),
    ];
    const summary = summarize(events, at(2026, 3, 27));
    expect((summary.endsAt - summary.startsAt) / 3_600_000).toBe(167);
    expect(summary.days[6]).toMatchObject({ date: '2026-03-29', taken: 2, careSeconds: 70 });
  });

  it('gives zeros, no rate and a plain headline for a week with no data', () => {
    const older = [event(at(2026, 11, 2), 'completed', [60])];
    const summary = summarize(older, at(2026, 11, 25));
    expect(summary.breaks).toBe(0);
    expect(summary.completionRate).toBeNull();
    expect(summary.careSeconds).toBe(0);
    expect(summary.days).toHaveLength(7);
    expect(summary.days.every((d) => d.breaks === 0 && d.sitting.sittingSeconds === 0)).toBe(true);
    expect(summary.areas).toEqual([]);
    expect(summary.change).toEqual({ breaks: 0, taken: 0, careSeconds: 0 });
    expect(getHeadline(summary)).toBe('No breaks recorded this week.');
    expect(summarize([], at(2026, 11, 25)).change).toBeNull();
  });

  it('marks the first week of use and makes no comparison', () => {
    const events = [
      event(at(2026, 11, 25, 15), 'completed', [60]),
      event(at(2026, 11, 26, 9), 'skipped'),
    ];
    const summary = summarize(events, at(2026, 11, 26, 12));
    expect(summary.firstWeek).toBe(true);
    expect(summary.change).toBeNull();
    expect(summary.streakDays).toBe(1);
    expect(getHeadline(summary)).toBe('You took 1 of 2 breaks in your first week with Unknot.');
  });

  it('starts the week on Sunday for a locale whose week starts on Sunday', () => {
    const zone = 'America/New_York';
    expect(resolveWeekStart('locale', 'en-US')).toBe(0);
    expect(resolveWeekStart('locale', 'de-DE')).toBe(1);
    expect(resolveWeekStart(6, 'en-US')).toBe(6);
    const sunday = event(at(2026, 11, 22, 10, 0, zone), 'completed', [60]);
    const monday = event(at(2026, 11, 23, 10, 0, zone), 'completed', [60]);
    const now = at(2026, 11, 24, 12, 0, zone);
    const us = summarize([sunday, monday], now, {
      zone,
      weekStartsOn: resolveWeekStart('locale', 'en-US'),
    });
    expect(us.weekStart).toBe('2026-11-22');
    expect(us.days[0]?.taken).toBe(1);
    expect(us.taken).toBe(2);
    const de = summarize([sunday, monday], now, {
      zone,
      weekStartsOn: resolveWeekStart('locale', 'de-DE'),
    });
    expect(de.weekStart).toBe('2026-11-23');
    expect(de.taken).toBe(1);
  });
});
