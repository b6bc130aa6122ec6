import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EnginePhase, SummaryView as View } from '../../shared/domain';
import { useApi } from '../common/api';
import { BarList } from './BarList';
import { ExportHistory } from './ExportHistory';
import { AREA_LABELS, getMinutesLabel, getShortDay, getWeekLabel } from './labels';
import { OutcomeChart } from './OutcomeChart';
import { SummaryTable } from './SummaryTable';
import { WeekFigures } from './WeekFigures';
import './summary.css';

type Load =
  { state: 'loading' } | { state: 'ready'; view: View } | { state: 'error'; message: string };

/**
 * The summary window. `children` is the slot for the tension trend and check-in
 * (`TensionSection`, mounted in main.tsx); it renders between the figures and the table.
 */
export function SummaryView({ children }: { children?: ReactNode }) {
  const api = useApi();
  const [request, setRequest] = useState<{ weeksBack: number | 'start'; revision: number }>({
    weeksBack: 'start',
    revision: 0,
  });
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const shown = useRef<number | null>(null);
  useEffect(() => {
    let live = true;
    api.getSummary({ weeksBack: request.weeksBack }).then(
      (view) => {
        if (!live) return;
        shown.current = view.weeksBack;
        setLoad({ state: 'ready', view });
      },
      (error: unknown) => live && setLoad({ state: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, request]);
  // A change of phase (a break ended, a pause began…) may have added to the log: reload.
  useEffect(() => {
    let phase: EnginePhase | null = null;
    return api.on('status', (status) => {
      if (phase !== null && status.phase !== phase) {
        setRequest((current) => ({
          weeksBack: shown.current ?? current.weeksBack,
          revision: current.revision + 1,
        }));
      }
      phase = status.phase;
    });
  }, [api]);
  const goTo = (weeksBack: number) => setRequest((current) => ({ ...current, weeksBack }));

  if (load.state === 'loading') return <main className="summary" aria-busy="true" />;
  if (load.state === 'error') {
    return (
      <main className="summary">
        <h1>Your week</h1>
        <p role="alert">Unknot could not load the summary: {load.message}</p>
      </main>
    );
  }
  const { view } = load;
  const { summary } = view;
  const weeksBack = view.weeksBack;
  return (
    <main className="summary">
      <header className="summary-header">
        <h1>Your week</h1>
        <nav aria-label="Weeks" className="week-nav">
          <button type="button" onClick={() => goTo(weeksBack + 1)}>
            ← Previous week
          </button>
          <span className="week-label" aria-live="polite">
            {getWeekLabel(summary.weekStart, summary.weekEnd)}
          </span>
          <button type="button" disabled={weeksBack === 0} onClick={() => goTo(weeksBack - 1)}>
            Next week →
          </button>
        </nav>
      </header>
      {view.problems.length > 0 && (
        <div role="alert" className="problems">
          {view.problems.map((problem) => (
            <p key={problem.file}>{problem.message}</p>
          ))}
        </div>
      )}
      <p className="headline">{view.headline}</p>
      <WeekFigures summary={summary} />
      <section aria-labelledby="outcomes-heading" className="card">
        <h2 id="outcomes-heading">Breaks per day</h2>
        <OutcomeChart days={summary.days} />
      </section>
      <div className="two-columns">
        <section aria-labelledby="sitting-heading" className="card">
          <h2 id="sitting-heading">Longest sitting bout</h2>
          <BarList
            empty="No sitting recorded this week."
            items={summary.days
              .filter((day) => day.sitting.longestBoutSeconds > 0)
              .map((day) => ({
                key: day.date,
                label: getShortDay(day.date),
                value: day.sitting.longestBoutSeconds,
                valueLabel: getMinutesLabel(day.sitting.longestBoutSeconds),
              }))}
          />
        </section>
        <section aria-labelledby="areas-heading" className="card">
          <h2 id="areas-heading">Care per body area</h2>
          <BarList
            empty="No exercises held this week."
            items={summary.areas.map((area) => ({
              key: area.area,
              label: AREA_LABELS[area.area],
              value: area.seconds,
              valueLabel: getMinutesLabel(area.seconds),
            }))}
          />
        </section>
      </div>
      {/* ── Slot: the tension trend and check-in render here, via `children`. ── */}
      {children}
      <section aria-labelledby="table-heading" className="card">
        <h2 id="table-heading">The week in numbers</h2>
        <SummaryTable summary={summary} />
      </section>
      <ExportHistory />
    </main>
  );
}
