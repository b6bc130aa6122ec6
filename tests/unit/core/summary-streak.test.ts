import { describe, expect, it } from 'vitest';
import { at, event, summarize } from './summary-fixtures';

describe('streak', () => {
  const careOn = (dates: [number, number][]) =>
    dates.map(([m, d]) => event(at(2026, m, d, 10), 'completed', [60]));

  it('forgives one missed working day and ignores a weekend off', () => {
    // Mon 16 – Fri 20 with Wednesday missed; weekend off; Mon 23 – Tue 24.
    const events = careOn([
      [11, 16],
      [11, 17],
      [11, 19],
      [11, 20],
      [11, 23],
      [11, 24],
    ]);
    const summary = summarize(events, at(2026, 11, 24, 18));
    expect(summary.streakDays).toBe(6);
  });

  it('does not count today against the streak before the day is over', () => {
    const events = careOn([
      [11, 19],
      [11, 20],
      [11, 23],
    ]);
    expect(summarize(events, at(2026, 11, 24, 8)).streakDays).toBe(3);
  });

  it('ends at two missed working days in a row, but never goes to zero for one', () => {
    const events = careOn([
      [11, 12],
      [11, 13],
      [11, 18],
      [11, 19],
      [11, 20],
    ]);
    // Mon 16 and Tue 17 missed: the streak is Wed–Fri only.
    expect(summarize(events, at(2026, 11, 20, 20)).streakDays).toBe(3);
    // Friday 20 missed after Thursday: still 2, not 0.
    const oneMiss = careOn([
      [11, 18],
      [11, 19],
    ]);
    expect(summarize(oneMiss, at(2026, 11, 21, 12)).streakDays).toBe(2);
  });

  it("counts the streak of a past week up to that week's last day", () => {
    const events = careOn([
      [11, 12],
      [11, 13],
      [11, 20],
      [11, 25],
    ]);
    const summary = summarize(events, at(2026, 11, 25, 20), { weeksBack: 1 });
    expect(summary.weekEnd).toBe('2026-11-22');
    // Fri 20, then Mon 16–Thu 19 missed (two in a row): 1.
    expect(summary.streakDays).toBe(1);
  });
});
