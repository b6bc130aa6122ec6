import type { TensionWeek } from '../../shared/tension';
import { useFormats, useText } from '../common/i18n/use-text';
import { getTakenShare } from './TensionTrendChart';

const COLUMNS = [
  'summary.trend.weekOf',
  'summary.trend.tension',
  'summary.trend.checkIns',
  'summary.table.taken',
  'summary.table.breaks',
  'summary.trend.share',
  'summary.figures.daysWithCare',
] as const;

/** The trend's numbers, week by week: what the chart shows, for screen readers and exact reading. */
export function TensionTrendTable({ weeks }: { weeks: TensionWeek[] }) {
  const t = useText();
  const formats = useFormats();
  /** "71%", or a dash for a week without breaks. */
  const getShareLabel = (week: TensionWeek) => {
    const share = getTakenShare(week);
    return share === null ? '–' : formats.percent(Math.round(share * 100) / 100);
  };
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('summary.trend.region')}>
      <table>
        <caption>{t('summary.trend.caption')}</caption>
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
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">
                <time dateTime={week.weekStart}>{formats.shortDate(week.weekStart)}</time>
              </th>
              <td>
                {week.tension === null
                  ? t('summary.trend.noCheckIn')
                  : formats.decimal(week.tension, 1)}
              </td>
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
