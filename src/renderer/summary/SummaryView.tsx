import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EnginePhase, SummaryView as View } from '../../shared/domain';
import { useApi } from '../common/api';
import { LanguageRoot } from '../common/i18n/LanguageRoot';
import { useFormats, useMessageText, useText } from '../common/i18n/use-text';
import { getHeadlineMessage } from '../../core/summary-text';
import { BarList } from './BarList';
import { DayMarks } from './DayMarks';
import { ExportHistory } from './ExportHistory';
import { FirstWeek } from './FirstWeek';
import { AREA_LABELS, useMinutesLabel } from './labels';
import { OutcomeChart } from './OutcomeChart';
import { SummaryTable } from './SummaryTable';
import { WeekFigures } from './WeekFigures';
import './summary.css';
import './summary-compact.css';

type Load =
  { state: 'loading' } | { state: 'ready'; view: View } | { state: 'error'; message: string };

/**
 * The summary window, in the language main chose for it. `children` is the slot for the
 * tension trend and check-in (`TensionSection`, mounted in main.tsx); it renders between
 * the figures and the table.
 */
export function SummaryView({ children }: { children?: ReactNode }) {
  return (
    <LanguageRoot kind="summary">
      <SummaryWindow>{children}</SummaryWindow>
    </LanguageRoot>
  );
}

function SummaryWindow({ children }: { children?: ReactNode }) {
  const api = useApi();
  const t = useText();
  const formats = useFormats();
  const formatMessage = useMessageText();
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
  const reload = () =>
    setRequest((current) => ({
      weeksBack: shown.current ?? current.weeksBack,
      revision: current.revision + 1,
    }));

  if (load.state === 'loading') return <main className="summary" aria-busy="true" />;
  if (load.state === 'error') {
    return (
      <main className="summary">
        <h1>{t('summary.title')}</h1>
        <p role="alert">{t('summary.loadFailed', { error: load.message })}</p>
      </main>
    );
  }
  const { view } = load;
  const { summary } = view;
  const weeksBack = view.weeksBack;
  return (
    <main className="summary">
      <header className="summary-header">
        <h1>{t('summary.title')}</h1>
        <nav aria-label={t('summary.weeks')} className="week-nav">
          {/* The text is the button's name; the smallest window shows only an arrow for it. */}
          <button
            type="button"
            className="week-step week-previous"
            onClick={() => goTo(weeksBack + 1)}
          >
            <span className="week-step-text">{t('summary.previousWeek')}</span>
          </button>
          <span className="week-label" aria-live="polite">
            <time dateTime={summary.weekStart}>
              {formats.dateRange(summary.weekStart, summary.weekEnd)}
            </time>
          </span>
          <button
            type="button"
            className="week-step week-next"
            disabled={weeksBack === 0}
            onClick={() => goTo(weeksBack - 1)}
          >
            <span className="week-step-text">{t('summary.nextWeek')}</span>
          </button>
        </nav>
      </header>
      {view.problems.length > 0 && (
        <div role="alert" className="problems">
          {view.problems.map((problem) => (
            <p key={problem.file}>{formatMessage(problem.text)}</p>
          ))}
        </div>
      )}
      {isFirstWeek(view) ? (
        <>
          <p className="headline">{t('summary.firstWeekHeadline')}</p>
          <FirstWeek />
          {children}
        </>
      ) : (
        <WeekDetails view={view} onMarksChange={reload}>
          {children}
        </WeekDetails>
      )}
    </main>
  );
}

/** Nothing logged yet, this week or before: a preview instead of a page of zeros. */
const isFirstWeek = ({ summary, weeksBack }: View) =>
  weeksBack === 0 &&
  summary.change === null &&
  summary.breaks === 0 &&
  summary.careSeconds === 0 &&
  // Standing time is something to show, even before the first break.
  (summary.sitting.standingSeconds ?? 0) === 0;

/** The figures, charts and tables of a week with something to show. */
function WeekDetails({
  view,
  onMarksChange,
  children,
}: {
  view: View;
  onMarksChange(): void;
  children?: ReactNode;
}) {
  const { summary } = view;
  const t = useText();
  const formats = useFormats();
  const minutes = useMinutesLabel();
  const say = useMessageText();
  // Formatted here rather than taken from main, so it speaks the window's language.
  const headline = say(getHeadlineMessage(summary, { current: view.weeksBack === 0 }));
  return (
    <>
      <p className="headline">{headline}</p>
      <WeekFigures summary={summary} />
      <section aria-labelledby="outcomes-heading" className="card">
        <h2 id="outcomes-heading">{t('summary.outcomesHeading')}</h2>
        <OutcomeChart days={summary.days} />
      </section>
      <div className="two-columns">
        <section aria-labelledby="sitting-heading" className="card">
          <h2 id="sitting-heading">{t('summary.sittingHeading')}</h2>
          <BarList
            empty={t('summary.sittingEmpty')}
            items={summary.days
              .filter((day) => day.sitting.longestBoutSeconds > 0)
              .map((day) => ({
                key: day.date,
                label: formats.shortDay(day.date),
                date: day.date,
                value: day.sitting.longestBoutSeconds,
                valueLabel: minutes(day.sitting.longestBoutSeconds),
              }))}
          />
        </section>
        <section aria-labelledby="areas-heading" className="card">
          <h2 id="areas-heading">{t('summary.areasHeading')}</h2>
          <BarList
            empty={t('summary.areasEmpty')}
            items={summary.areas.map((area) => ({
              key: area.area,
              label: t(AREA_LABELS[area.area]),
              value: area.seconds,
              valueLabel: minutes(area.seconds),
            }))}
          />
        </section>
      </div>
      <DayMarks days={summary.days} onChange={onMarksChange} />
      {/* ── Slot: the tension trend and check-in render here, via `children`. ── */}
      {children}
      <section aria-labelledby="table-heading" className="card">
        <h2 id="table-heading">{t('summary.tableHeading')}</h2>
        <SummaryTable summary={summary} />
      </section>
      <ExportHistory />
    </>
  );
}
