import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildWeekSummary } from '../../../src/core/summary';
import { getWeekBounds } from '../../../src/core/summary-week';
import { ApiContext } from '../../../src/renderer/common/api';
import { SummaryView } from '../../../src/renderer/summary/SummaryView';
import { setDayMark, type DayMark } from '../../../src/shared/day-marks';
import type { AdherenceEvent, AppStatus, SummaryView as View } from '../../../src/shared/domain';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { createFakeApi } from '../fake-api';

const ZONE = 'UTC';
/** Friday 27 November 2026, noon. */
const NOW = Date.UTC(2026, 10, 27, 12);

const care = (day: number): AdherenceEvent => ({
  id: `care-${day}`,
  at: Date.UTC(2026, 10, day, 9),
  kind: 'posture',
  outcome: 'completed',
  exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
  boutSeconds: 1800,
});

/** The week as main builds it, with `marks` as days off. */
function viewFor(events: AdherenceEvent[], marks: DayMark[], firstRecordAt: number | null): View {
  const summary = buildWeekSummary({
    week: getWeekBounds(NOW, ZONE, 1, 0),
    previousWeek: getWeekBounds(NOW, ZONE, 1, 1),
    events,
    getDay: (date) => {
      const held = events.some((e) => new Date(e.at).toISOString().startsWith(date));
      return held
        ? { careSeconds: 60, sittingSeconds: 0, longestBoutSeconds: 0, boutsOver60: 0 }
        : undefined;
    },
    firstRecordAt,
    now: NOW,
    timeZone: ZONE,
    workingDays: new Set([1, 2, 3, 4, 5]),
    marks: new Map(marks.map((mark) => [mark.date, mark.kind])),
  });
  return { summary, weeksBack: 0, problems: [] };
}

function renderSummary(handlers: Partial<InvokeHandlers>) {
  const fake = createFakeApi(handlers);
  render(
    <ApiContext.Provider value={fake.api}>
      <SummaryView />
    </ApiContext.Provider>,
  );
  return fake;
}

describe('summary: first week and marked days', () => {
  it('an empty first week previews what will appear and starts a break', async () => {
    const fake = renderSummary({
      getSummary: () => viewFor([], [], null),
      startBreakNow: () => ({ phase: 'inBreak' }) as AppStatus,
    });
    await screen.findByText('Your first week starts here.');
    expect(screen.getByRole('heading', { name: 'What will appear here' })).toBeInTheDocument();
    expect(screen.getByText('Minutes of care')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Take a break now' }));
    expect(await screen.findByText('Your break is opening in its own window.')).toBeInTheDocument();
    expect(fake.calls.map((call) => call.name)).toContain('startBreakNow');
  });

  it('marking a sick day keeps the streak, shows on the days row, and can be undone', async () => {
    let marks: DayMark[] = [];
    const events = [care(23), care(24), care(27)];
    const fake = renderSummary({
      getSummary: () => viewFor(events, marks, Date.UTC(2026, 9, 1)),
      setDayMark: ({ date, kind }) => (marks = setDayMark(marks, date, kind)),
    });
    const streak = async () =>
      within(await screen.findByRole('region', { name: 'The week at a glance' })).getByText(
        /streak/,
      ).textContent;
    expect(await streak()).toBe('1-day streak');

    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-25' } });
    await userEvent.selectOptions(screen.getByLabelText('Mark as'), 'Sick day');
    await userEvent.click(screen.getByRole('button', { name: 'Mark day' }));
    await screen.findByText('3-day streak (1 day forgiven)');
    expect(fake.calls).toContainEqual({
      name: 'setDayMark',
      request: { date: '2026-11-25', kind: 'sick' },
    });
    const row = screen.getByRole('list', { name: 'The days of the week' });
    const wednesday = within(row).getByText('Wednesday 25 Nov').closest('li');
    expect(wednesday).not.toBeNull();
    expect(within(wednesday as HTMLElement).getByText('Sick day')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Unmark Wednesday 25 Nov' }));
    // The streak changes only once the summary is asked again: wait for it.
    await screen.findByText('1-day streak');
    expect(await streak()).toBe('1-day streak');
    expect(marks).toEqual([]);
  });
});
