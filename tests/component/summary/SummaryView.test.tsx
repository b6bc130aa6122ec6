import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildWeekSummary } from '../../../src/core/summary';
import { getWeekBounds } from '../../../src/core/summary-week';
import { ApiContext } from '../../../src/renderer/common/api';
import { SummaryView } from '../../../src/renderer/summary/SummaryView';
import type { AdherenceEvent, ExportResult, SummaryView as View } from '../../../src/shared/domain';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { createFakeApi } from '../fake-api';

const ZONE = 'UTC';
const NOW = Date.UTC(2026, 10, 25, 12);

function viewFor(weeksBack: number, events: AdherenceEvent[]): View {
  const summary = buildWeekSummary({
    week: getWeekBounds(NOW, ZONE, 1, weeksBack),
    previousWeek: getWeekBounds(NOW, ZONE, 1, weeksBack + 1),
    events,
    getDay: (date) =>
      date === '2026-11-23'
        ? { careSeconds: 0, sittingSeconds: 7200, longestBoutSeconds: 4200, boutsOver60: 1 }
        : undefined,
    firstRecordAt: Date.UTC(2026, 0, 1),
    now: NOW,
    timeZone: ZONE,
    workingDays: new Set([1, 2, 3, 4, 5]),
  });
  return { summary, weeksBack, problems: [] };
}

const events: AdherenceEvent[] = [
  {
    id: 'a',
    at: Date.UTC(2026, 10, 23, 9),
    kind: 'posture',
    outcome: 'completed',
    exercises: [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: [45, 45] }],
    boutSeconds: 1800,
  },
  {
    id: 'b',
    at: Date.UTC(2026, 10, 24, 9),
    kind: 'posture',
    outcome: 'skipped',
    exercises: [],
    boutSeconds: 1800,
  },
];

function renderSummary(handlers: Partial<InvokeHandlers>, children?: React.ReactNode) {
  const fake = createFakeApi(handlers);
  render(
    <ApiContext.Provider value={fake.api}>
      <SummaryView>{children}</SummaryView>
    </ApiContext.Provider>,
  );
  return fake;
}

describe('SummaryView', () => {
  it('shows the headline, the figures, the charts and a table of the same numbers', async () => {
    renderSummary({
      getSummary: ({ weeksBack }) => viewFor(weeksBack === 'start' ? 0 : weeksBack, events),
    });
    expect(
      await screen.findByText('You took 1 of 2 breaks — 1 more than last week.'),
    ).toBeInTheDocument();
    expect(screen.getByText('23 – 29 Nov 2026')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Breaks per day by outcome/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The week day by day' });
    const monday = within(table).getByRole('row', { name: /Monday 23 Nov/ });
    expect(
      within(monday)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '1',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '2 min',
      '2 h 00 min',
      '1 h 10 min',
      '0 s',
      '0',
    ]);
    expect(within(table).getByRole('row', { name: /^Week/ })).toHaveTextContent('Week12');
    expect(screen.getByText('Upper back')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next week →' })).toBeDisabled();
  });

  it('moves to the previous week and back', async () => {
    const getSummary = vi.fn(({ weeksBack }: { weeksBack: number | 'start' }) =>
      viewFor(weeksBack === 'start' ? 0 : weeksBack, events),
    );
    renderSummary({ getSummary });
    await userEvent.click(await screen.findByRole('button', { name: '← Previous week' }));
    expect(await screen.findByText('16 – 22 Nov 2026')).toBeInTheDocument();
    // A past week speaks of "that week", as main's headline does.
    expect(screen.getByText('No breaks recorded that week.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next week →' }));
    expect(await screen.findByText('23 – 29 Nov 2026')).toBeInTheDocument();
    expect(getSummary.mock.calls.map(([request]) => request.weeksBack)).toEqual(['start', 1, 0]);
  });

  it('reloads the week on screen when the engine changes phase (a break may have been logged)', async () => {
    const getSummary = vi.fn(({ weeksBack }: { weeksBack: number | 'start' }) =>
      viewFor(weeksBack === 'start' ? 1 : weeksBack, events),
    );
    const fake = renderSummary({ getSummary });
    expect(await screen.findByText('16 – 22 Nov 2026')).toBeInTheDocument();
    const status = {
      sittingSeconds: 0,
      nextBreakAt: null,
      nextBreakKind: null,
      pausedUntil: null,
      idleAvailable: true,
    };
    act(() => fake.emit('status', { ...status, phase: 'inBreak' }));
    act(() => fake.emit('status', { ...status, phase: 'inBreak' }));
    expect(getSummary).toHaveBeenCalledTimes(1);
    act(() => fake.emit('status', { ...status, phase: 'away' }));
    await vi.waitFor(() => expect(getSummary).toHaveBeenCalledTimes(2));
    expect(getSummary.mock.calls.map(([request]) => request.weeksBack)).toEqual(['start', 1]);
  });

  it('tells the person about history files that were set aside', async () => {
    renderSummary({
      getSummary: () => ({
        ...viewFor(0, events),
        problems: [
          {
            file: '/x/adherence-2026-10.corrupt-1.json',
            text: {
              id: 'data.log.setAside',
              values: {
                month: '2026-10',
                reason: { id: 'data.reason.notJson' },
                file: '/x/adherence-2026-10.corrupt-1.json',
              },
            },
          },
        ],
      }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The history file for 2026-10 could not be read (it is not valid JSON). It was moved to /x/adherence-2026-10.corrupt-1.json',
    );
  });

  it('exports through main and says what happened', async () => {
    const answers: ExportResult[] = [
      { saved: true, path: '/home/me/h.csv', rows: 2 },
      { saved: false },
    ];
    const exportHistory = vi.fn(() => answers.shift() ?? { saved: false as const });
    renderSummary({ getSummary: () => viewFor(0, events), exportHistory });
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved 2 breaks to /home/me/h.csv.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByText('Export cancelled; nothing was saved.')).toBeInTheDocument();
    expect(exportHistory.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      { format: 'csv' },
      { format: 'json' },
    ]);
  });

  it('renders the check-in slot when given', async () => {
    renderSummary({ getSummary: () => viewFor(0, []) }, <p>check-in goes here</p>);
    expect(await screen.findByText('check-in goes here')).toBeInTheDocument();
  });

  it('shows an error when main fails', async () => {
    renderSummary({
      getSummary: () => {
        throw new Error('disk on fire');
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('disk on fire');
  });
});
