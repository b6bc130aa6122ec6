import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getProfessionalAdvice } from '../../../src/core/professional-advice';
import { buildWeekSummary } from '../../../src/core/summary';
import { getWeekBounds } from '../../../src/core/summary-week';
import { getTensionWeeks } from '../../../src/core/tension-weeks';
import { ApiContext } from '../../../src/renderer/common/api';
import { SummaryView } from '../../../src/renderer/summary/SummaryView';
import { TensionSection } from '../../../src/renderer/summary/TensionSection';
import type { AdherenceEvent, SummaryView as View } from '../../../src/shared/domain';
import type { TensionCheckIn, TensionOverview } from '../../../src/shared/tension';
import { createFakeApi } from '../fake-api';

const ZONE = 'UTC';
const DAY = 24 * 60 * 60 * 1000;
/** Wednesday 25 November 2026, noon UTC; weeks start on Monday. */
const NOW = Date.UTC(2026, 10, 25, 12);

/** A break every weekday from 2 to 24 November, every fourth skipped: regular care. */
const events: AdherenceEvent[] = Array.from({ length: 23 }, (_, index) =>
  Date.UTC(2026, 10, 2 + index, 9),
)
  .filter((at) => new Date(at).getUTCDay() % 6 !== 0)
  .map((at, index) => ({
    id: `e${index}`,
    at,
    kind: 'posture',
    outcome: index % 4 === 3 ? 'skipped' : 'completed',
    exercises:
      index % 4 === 3 ? [] : [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: [45, 45] }],
    boutSeconds: 1800,
  }));

function summaryView(): View {
  const summary = buildWeekSummary({
    week: getWeekBounds(NOW, ZONE, 1),
    previousWeek: getWeekBounds(NOW, ZONE, 1, 1),
    events,
    getDay: () => undefined,
    firstRecordAt: Date.UTC(2026, 10, 2),
    now: NOW,
    timeZone: ZONE,
    workingDays: new Set([1, 2, 3, 4, 5]),
  });
  return { summary, weeksBack: 0, problems: [] };
}

/** What main answers, computed by the same core functions from an in-memory store. */
function overviewOf(checkIns: TensionCheckIn[]): TensionOverview {
  const careDays = events.filter((e) => e.outcome === 'completed').map((e) => e.at - (e.at % DAY));
  return {
    checkIns,
    advice: getProfessionalAdvice({ checkIns, careDays, now: NOW }),
    weeks: getTensionWeeks({
      checkIns,
      events,
      now: NOW,
      timeZone: ZONE,
      weekStartsOn: 1,
      weeks: 6,
    }),
  };
}

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('summary window with the tension check-in and trend', () => {
  it('shows the weekly trend next to adherence, the advice once, and redraws after a save', async () => {
    const stored: TensionCheckIn[] = [
      {
        id: 'a',
        at: Date.UTC(2026, 10, 4, 9),
        ratings: { neck: 6, shoulders: 4 },
        redFlags: [],
        emergency: false,
      },
      {
        id: 'b',
        at: Date.UTC(2026, 10, 11, 9),
        ratings: { neck: 5 },
        redFlags: [],
        emergency: false,
      },
    ];
    const fake = createFakeApi({
      getSummary: () => summaryView(),
      getTension: () => overviewOf(stored),
      saveTensionCheckIn: (entry) => {
        stored.push({ ...entry, id: `t${stored.length}`, at: NOW });
        return overviewOf(stored);
      },
    });
    render(
      <ApiContext.Provider value={fake.api}>
        <SummaryView>
          <TensionSection />
        </SummaryView>
      </ApiContext.Provider>,
    );
    const table = await screen.findByRole('table', { name: 'Tension and breaks, week by week' });
    expect(
      screen.getByRole('img', { name: /Average tension and share of breaks taken/ }),
    ).toBeInTheDocument();
    expect(rows(table)).toEqual([
      ['19 Oct', 'No check-in', '0', '0', '0', '–', '0'],
      ['26 Oct', 'No check-in', '0', '0', '0', '–', '0'],
      ['2 Nov', '5.0', '1', '4', '5', '80%', '4'],
      ['9 Nov', '5.0', '1', '4', '5', '80%', '4'],
      ['16 Nov', 'No check-in', '0', '4', '5', '80%', '4'],
      ['23 Nov', 'No check-in', '0', '1', '2', '50%', '1'],
    ]);
    const notYet = 'After two weeks of check-ins Unknot can show you how your tension changes.';
    expect(screen.getAllByText(notYet)).toHaveLength(1);

    // Rate the neck again this week (the slider starts at 5), then save.
    const user = userEvent.setup();
    const checkIn = screen.getByRole('region', { name: 'Weekly tension check-in' });
    await user.click(within(checkIn).getByRole('checkbox', { name: 'Neck' }));
    await user.click(within(checkIn).getByRole('button', { name: 'Save check-in' }));
    expect(await within(checkIn).findByRole('status')).toHaveTextContent('Check-in saved.');
    await waitFor(() => expect(rows(table)[5]?.slice(0, 3)).toEqual(['23 Nov', '5.0', '1']));
    // Neck 5 → 5 after two weeks of regular breaks: not a meaningful change, not low.
    const advice = await screen.findByText(/stayed about the same after two weeks/);
    expect(advice).toHaveTextContent(
      'a doctor or physiotherapist can suggest what else might help',
    );
    expect(
      within(screen.getByRole('region', { name: 'Tension and breaks' })).getByText(
        advice.textContent ?? '',
      ),
    ).toBe(advice);
    expect(fake.calls.filter((call) => call.name === 'saveTensionCheckIn')).toHaveLength(1);
  });

  it('says so when the check-ins cannot be loaded, and the summary still shows', async () => {
    const fake = createFakeApi({
      getSummary: () => summaryView(),
      getTension: () => {
        throw new Error('tension file unreadable');
      },
    });
    render(
      <ApiContext.Provider value={fake.api}>
        <SummaryView>
          <TensionSection />
        </SummaryView>
      </ApiContext.Provider>,
    );
    expect(await screen.findByText(/could not load your tension check-ins/)).toHaveTextContent(
      'tension file unreadable',
    );
    expect(screen.getByRole('table', { name: 'The week day by day' })).toBeInTheDocument();
  });
});
