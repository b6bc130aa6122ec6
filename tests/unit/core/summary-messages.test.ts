import { describe, expect, it } from 'vitest';
import { getHeadlineMessage } from '../../../src/core/summary-text';
import { getWeeklyNoticeText } from '../../../src/core/weekly-notice';
import type { WeekSummary } from '../../../src/shared/domain';
import { createTranslator, english } from '../../../src/shared/i18n/translator';

/** A week with just the fields the headline reads. */
function week(fields: Partial<WeekSummary>): WeekSummary {
  return {
    breaks: 6,
    taken: 4,
    change: null,
    firstWeek: false,
    streakDays: 0,
    ...fields,
  } as WeekSummary;
}

/** Each week, and its English headline for this week and for a past one. */
const CASES: [Partial<WeekSummary>, string, string][] = [
  [{ breaks: 0, taken: 0 }, 'No breaks recorded this week.', 'No breaks recorded that week.'],
  [
    { breaks: 1, taken: 1, change: { breaks: 0, taken: -1, careSeconds: 0 } },
    'You took 1 of 1 break — 1 fewer than last week.',
    'You took 1 of 1 break — 1 fewer than the week before.',
  ],
  [
    { change: { breaks: 4, taken: 3, careSeconds: 90 } },
    'You took 4 of 6 breaks — 3 more than last week.',
    'You took 4 of 6 breaks — 3 more than the week before.',
  ],
  [
    { change: { breaks: 0, taken: 0, careSeconds: 0 } },
    'You took 4 of 6 breaks — as many as last week.',
    'You took 4 of 6 breaks — as many as the week before.',
  ],
  [
    { firstWeek: true, breaks: 2, taken: 1 },
    'You took 1 of 2 breaks in your first week with Unknot.',
    'You took 1 of 2 breaks in your first week with Unknot.',
  ],
  [{ change: null }, 'You took 4 of 6 breaks.', 'You took 4 of 6 breaks.'],
];

describe('the headline as a message', () => {
  it.each(CASES)('reads in English as the summary says it (%o)', (fields, current, past) => {
    expect(english.format(getHeadlineMessage(week(fields), { current: true }))).toBe(current);
    expect(english.format(getHeadlineMessage(week(fields), { current: false }))).toBe(past);
  });

  it('the weekly notice adds the streak, in the chosen language', () => {
    const text = getWeeklyNoticeText(
      week({ streakDays: 3, change: { breaks: 0, taken: 2, careSeconds: 0 } }),
    );
    expect(english.format(text.title)).toBe('Your week with Unknot');
    expect(english.format(text.body)).toBe(
      'You took 4 of 6 breaks — 2 more than last week. 3-day streak.',
    );
    expect(createTranslator('de').format(text.body)).toBe(
      'Du hast 4 von 6 Pausen gemacht – 2 mehr als letzte Woche. Serie: 3 Tage.',
    );
  });

  it('the weekly notice says how many days the streak forgave', () => {
    const text = getWeeklyNoticeText(
      week({ streakDays: 3, streakForgiven: 1, change: { breaks: 0, taken: 2, careSeconds: 0 } }),
    );
    expect(english.format(text.body)).toMatch(/ 3-day streak \(1 day forgiven\)\.$/);
    expect(createTranslator('fr').format(text.body)).toMatch(
      / Série de 3 jours \(1 jour pardonné\)\.$/,
    );
  });
});
