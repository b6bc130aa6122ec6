import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getLinkedStreak,
  getStreakCalendarKey,
  getStreakCount,
  linkDays,
  type StreakCalendar,
} from '../../../src/core/streak';
import type { WeekdayIndex } from '../../../src/core/summary-week';
import { message } from '../../../src/shared/i18n/message';
import { english } from '../../../src/shared/i18n/translator';

/** Monday 2 November 2026 and the 42 days from it. */
const FIRST = Date.UTC(2026, 10, 2);
const dateAt = (offset: number) => new Date(FIRST + offset * 86_400_000).toISOString().slice(0, 10);
const OFFICE = new Set<WeekdayIndex>([1, 2, 3, 4, 5]);
const DAYS = 42;

/** Streak through both paths: the walk, and the links as the log stores them. */
function count(care: ReadonlySet<number>, marked: ReadonlySet<number>, last: number, today = last) {
  const calendar: StreakCalendar = {
    workingDays: OFFICE,
    marked: new Set([...marked].map(dateAt)),
  };
  const careSeconds = (date: string) =>
    [...care].some((offset) => dateAt(offset) === date) ? 60 : 0;
  const input = {
    lastDay: dateAt(last),
    today: dateAt(today),
    firstDay: dateAt(0),
    getCareSeconds: careSeconds,
  };
  const walked = getStreakCount({ ...input, timeZone: 'UTC', ...calendar });
  const days = Object.fromEntries(
    Array.from({ length: DAYS }, (_, offset) => [
      dateAt(offset),
      { careSeconds: careSeconds(dateAt(offset)) },
    ]),
  );
  const links = linkDays(null, days, calendar);
  const linked = getLinkedStreak({
    ...input,
    calendar,
    getLink: (date) => links.byDate[date] ?? 0,
    getForgiven: (date) => links.forgiven[date] ?? 0,
  });
  return { walked, linked };
}

/** The streak as the summary's figures say it (renderer/summary/WeekFigures). */
const streakText = (days: number, forgiven = 0) =>
  english.format(message('summary.streak', { days, forgiven }));

const offsets = fc.uniqueArray(fc.integer({ min: 0, max: DAYS - 1 }), { maxLength: DAYS });

describe('streak with forgiven and marked days', () => {
  it('says "3-day streak (1 day forgiven)" when a missed working day was forgiven', () => {
    // Mon 2 and Tue 3 with care, Wed 4 missed, Thu 5 with care.
    const { walked, linked } = count(new Set([0, 1, 3]), new Set(), 3);
    expect(walked).toEqual({ days: 3, forgiven: 1 });
    expect(linked).toEqual(walked);
    expect(streakText(walked.days, walked.forgiven)).toBe('3-day streak (1 day forgiven)');
    expect(streakText(3)).toBe('3-day streak');
    expect(streakText(0)).toBe('No streak yet');
  });

  it('Mon/Wed/Fri is a 3-day streak with 2 days forgiven, not "days in a row"', () => {
    const { walked } = count(new Set([0, 2, 4]), new Set(), 4);
    expect(streakText(walked.days, walked.forgiven)).toBe('3-day streak (2 days forgiven)');
  });

  it('a marked holiday or sick day keeps the streak that two missed days would end', () => {
    // Care Mon 2 – Fri 6, a week away (Mon 9 – Fri 13), care again on Mon 16.
    const away = new Set([7, 8, 9, 10, 11]);
    expect(count(new Set([0, 1, 2, 3, 4, 14]), new Set(), 14).walked).toEqual({
      days: 1,
      forgiven: 0,
    });
    const marked = count(new Set([0, 1, 2, 3, 4, 14]), away, 14);
    expect(marked.walked).toEqual({ days: 6, forgiven: 0 });
    expect(marked.linked).toEqual(marked.walked);
  });

  it('the calendar key changes with the marks, so stored links are recounted', () => {
    const plain = getStreakCalendarKey({ workingDays: OFFICE });
    const withMark = getStreakCalendarKey({ workingDays: OFFICE, marked: new Set(['2026-11-04']) });
    expect(withMark).not.toBe(plain);
    expect(getStreakCalendarKey({ workingDays: OFFICE, marked: new Set() })).toBe(plain);
  });

  it('links and the walk agree for any care, marks and day (property)', () => {
    fc.assert(
      fc.property(offsets, offsets, fc.integer({ min: 0, max: DAYS - 1 }), (care, marks, last) => {
        const { walked, linked } = count(new Set(care), new Set(marks), last);
        expect(linked).toEqual(walked);
      }),
      { numRuns: 300 },
    );
  });

  it('a marked day never breaks the streak, and marks never add care days (property)', () => {
    fc.assert(
      fc.property(offsets, offsets, fc.integer({ min: 0, max: DAYS - 1 }), (care, marks, last) => {
        const careSet = new Set(care);
        const without = count(careSet, new Set(), last).walked;
        const withMarks = count(careSet, new Set(marks), last).walked;
        expect(withMarks.days).toBeGreaterThanOrEqual(without.days);
        const careDaysUpToLast = care.filter((offset) => offset <= last).length;
        expect(withMarks.days).toBeLessThanOrEqual(careDaysUpToLast);
        // Marking every day of the log adds no care day either.
        const all = new Set(Array.from({ length: DAYS }, (_, offset) => offset));
        expect(count(careSet, all, last).walked.days).toBe(careDaysUpToLast);
      }),
      { numRuns: 300 },
    );
  });
});
