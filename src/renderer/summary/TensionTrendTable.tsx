import type { TensionWeek } from '../../shared/tension';
import { getShortDate } from './labels';
import { getTakenShare } from './TensionTrendChart';

/** "71%", or a dash for a week without breaks. */
function getShareLabel(week: TensionWeek): string {
  const share = getTakenShare(week);
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** The trend's numbers, week by week: what the chart shows, for screen readers and exact reading. */
export function TensionTrendTable({ weeks }: { weeks: TensionWeek[] }) {
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Tension table, scrolls sideways"
    >
      <table>
        <caption>Tension and breaks, week by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Average tension</th>
            <th scope="col">Check-ins</th>
            <th scope="col">Breaks taken</th>
            <th scope="col">Breaks</th>
            <th scope="col">Share taken</th>
            <th scope="col">Days with care</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{getShortDate(week.weekStart)}</th>
              <td>{week.tension === null ? 'No check-in' : week.tension.toFixed(1)}</td>
              <td>{week.checkIns}</td>
              <td>{week.taken}</td>
              <td>{week.breaks}</td>
              <td>{getShareLabel(week)}</td>
              <td>{week.daysWithCare}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
