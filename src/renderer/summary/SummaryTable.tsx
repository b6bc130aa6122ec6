import type { WeekSummary } from '../../shared/domain';
import { getLongDay, getMinutesLabel } from './labels';

/** The week's numbers as a table: what the charts show, for screen readers and exact reading. */
export function SummaryTable({ summary }: { summary: WeekSummary }) {
  return (
    // Focusable so a keyboard can scroll it when the window is narrow.
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Week table, scrolls sideways"
    >
      <table>
        <caption>The week day by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Breaks taken</th>
            <th scope="col">Breaks</th>
            <th scope="col">Completed</th>
            <th scope="col">Partly done</th>
            <th scope="col">On your own</th>
            <th scope="col">Skipped</th>
            <th scope="col">Missed</th>
            <th scope="col">Snoozed</th>
            <th scope="col">Care</th>
            <th scope="col">Sitting</th>
            <th scope="col">Longest bout</th>
            <th scope="col">Standing</th>
            <th scope="col">Held for a call</th>
          </tr>
        </thead>
        <tbody>
          {summary.days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{getLongDay(day.date)}</th>
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
            <th scope="row">Week</th>
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
  );
}
