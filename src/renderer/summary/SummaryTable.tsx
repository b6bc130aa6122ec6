import type { WeekSummary } from '../../shared/domain';
import { useFormats, useText } from '../common/i18n/use-text';
import { OUTCOME_LABELS, useMinutesLabel } from './labels';
import { useSidewaysOverflow } from './use-overflow';
import './summary-table.css';

const COLUMNS = [
  'summary.table.day',
  'summary.table.taken',
  'summary.table.breaks',
  OUTCOME_LABELS.completed,
  OUTCOME_LABELS.partial,
  'summary.table.natural',
  OUTCOME_LABELS.skipped,
  OUTCOME_LABELS.missed,
  OUTCOME_LABELS.snoozed,
  'summary.table.care',
  'summary.table.sitting',
  'summary.table.longestBout',
  'summary.table.standing',
  'summary.table.held',
] as const;

/** The week's numbers as a table: what the charts show, for screen readers and exact reading. */
export function SummaryTable({ summary }: { summary: WeekSummary }) {
  const { ref, overflows } = useSidewaysOverflow<HTMLDivElement>();
  const t = useText();
  const formats = useFormats();
  const getMinutesLabel = useMinutesLabel();
  return (
    <>
      {overflows && (
        <p className="scroll-cue" aria-hidden="true">
          {t('summary.table.scrollCue')}
        </p>
      )}
      {/* Focusable so a keyboard can scroll it; the day column stays put while it scrolls. */}
      <div
        ref={ref}
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('summary.table.region')}
      >
        <table>
          <caption>{t('summary.table.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.days.map((day) => (
              <tr key={day.date}>
                <th scope="row">
                  <time dateTime={day.date}>{formats.longDay(day.date)}</time>
                </th>
                <td>{day.taken}</td>
                <td>{day.breaks}</td>
                <td>{day.outcomes.completed}</td>
                <td>{day.outcomes.partial}</td>
                <td>{day.outcomes.natural}</td>
                <td>{day.outcomes.skipped}</td>
                <td>{day.outcomes.missed}</td>
                <td>{day.outcomes.snoozed}</td>
                <td>{getMinutesLabel(day.careSeconds)}</td>
                <td>{getMinutesLabel(day.sitting.sittingSeconds)}</td>
                <td>{getMinutesLabel(day.sitting.longestBoutSeconds)}</td>
                <td>{getMinutesLabel(day.sitting.standingSeconds ?? 0)}</td>
                <td>{day.heldBreaks ?? 0}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('summary.table.week')}</th>
              <td>{summary.taken}</td>
              <td>{summary.breaks}</td>
              <td>{summary.outcomes.completed}</td>
              <td>{summary.outcomes.partial}</td>
              <td>{summary.outcomes.natural}</td>
              <td>{summary.outcomes.skipped}</td>
              <td>{summary.outcomes.missed}</td>
              <td>{summary.outcomes.snoozed}</td>
              <td>{getMinutesLabel(summary.careSeconds)}</td>
              <td>{getMinutesLabel(summary.sitting.totalSeconds)}</td>
              <td>{getMinutesLabel(summary.sitting.longestBoutSeconds)}</td>
              <td>{getMinutesLabel(summary.sitting.standingSeconds ?? 0)}</td>
              <td>{summary.heldBreaks ?? 0}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
