import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addBoutToDay, addEventToDay, getEmptyDayFigures } from '../../../src/core/adherence';
import { buildWeekSummary } from '../../../src/core/summary';
import { getWeekBounds } from '../../../src/core/summary-week';
import { SummaryTable } from '../../../src/renderer/summary/SummaryTable';
import { WeekFigures } from '../../../src/renderer/summary/WeekFigures';
import type { AdherenceEvent, DayFigures } from '../../../src/shared/domain';
import { renderInLanguage } from '../i18n/in-language';

/** Issue 15: the summary shows standing time apart from sitting, and the breaks that waited. */

const ZONE = 'UTC';
const NOW = Date.UTC(2026, 10, 25, 12);
const MONDAY = Date.UTC(2026, 10, 23, 9);

const held: AdherenceEvent = {
  id: 'h',
  at: MONDAY + 3600_000,
  kind: 'movement',
  outcome: 'completed',
  exercises: [],
  boutSeconds: 4800,
  held: { reason: 'call', seconds: 1800 },
};

function summaryOfMonday() {
  // The day's figures folded the way the log store folds them: bouts and events.
  let monday: DayFigures = getEmptyDayFigures();
  monday = addBoutToDay(monday, { start: MONDAY, seconds: 3600 });
  monday = addBoutToDay(monday, { start: MONDAY + 3600_000, seconds: 2700, stance: 'standing' });
  monday = addEventToDay(monday, held);
  return buildWeekSummary({
    week: getWeekBounds(NOW, ZONE, 1, 0),
    previousWeek: getWeekBounds(NOW, ZONE, 1, 1),
    events: [held],
    getDay: (date) => (date === '2026-11-23' ? monday : undefined),
    firstRecordAt: MONDAY,
    now: NOW,
    timeZone: ZONE,
    workingDays: new Set([1, 2, 3, 4, 5]),
  });
}

describe('summary: standing and held breaks', () => {
  it('keeps standing out of sitting and counts the held break, per day and for the week', () => {
    const summary = summaryOfMonday();
    expect(summary.days[0]?.sitting).toMatchObject({ sittingSeconds: 3600, standingSeconds: 2700 });
    expect(summary.days[0]?.heldBreaks).toBe(1);
    expect(summary.sitting).toMatchObject({ totalSeconds: 3600, standingSeconds: 2700 });
    expect(summary.heldBreaks).toBe(1);
  });

  it('shows sitting and standing per day in the table, and the held breaks', () => {
    renderInLanguage(<SummaryTable summary={summaryOfMonday()} />);
    const table = screen.getByRole('table', { name: 'The week day by day' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const monday = within(table).getByRole('row', { name: /Monday 23 Nov/ });
    const cells = within(monday)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    const value = (header: string) => cells[headers.indexOf(header) - 1];
    expect(value('Sitting')).toBe('1 h 00 min');
    expect(value('Standing')).toBe('45 min');
    expect(value('Held for a call')).toBe('1');
  }, 20_000);

  it('names the week figures', () => {
    renderInLanguage(<WeekFigures summary={summaryOfMonday()} />);
    expect(screen.getByText('Standing at the desk').nextSibling?.textContent).toBe('45 min');
    expect(screen.getByText('Breaks that waited for a call or DND').nextSibling?.textContent).toBe(
      '1',
    );
  });
});
