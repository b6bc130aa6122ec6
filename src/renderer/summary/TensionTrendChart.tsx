import type { TensionWeek } from '../../shared/tension';
import { useFormats, useText } from '../common/i18n/use-text';

const WIDTH = 560;
const HEIGHT = 200;
const BASE = 160;
const TOP = 16;
const LEFT = 34;
const RIGHT = 44;

/** taken / breaks as a fraction, null for a week without breaks. */
export const getTakenShare = (week: TensionWeek) =>
  week.breaks > 0 ? week.taken / week.breaks : null;

/** Runs of consecutive weeks with a tension value: the line breaks where nobody checked in. */
function getRuns(points: ({ x: number; y: number } | null)[]) {
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point) run.push(point);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Each week's share of breaks taken (bars, right scale) with its average tension (line,
 * left scale, 0–10). The table next to it carries the same numbers.
 */
export function TensionTrendChart({ weeks }: { weeks: TensionWeek[] }) {
  const t = useText();
  const formats = useFormats();
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.length);
  const span = BASE - TOP;
  const centre = (index: number) => LEFT + index * slot + slot / 2;
  const points = weeks.map((week, index) =>
    week.tension === null ? null : { x: centre(index), y: BASE - (week.tension / 10) * span },
  );
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('summary.trend.chartLabel')}>
        {[0, 5, 10].map((value) => {
          const y = BASE - (value / 10) * span;
          return (
            <g key={value}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} className="axis" />
              <text x={LEFT - 6} y={y + 4} textAnchor="end" className="tick">
                {value}
              </text>
              <text x={WIDTH - RIGHT + 6} y={y + 4} className="tick">
                {formats.percent(value / 10)}
              </text>
            </g>
          );
        })}
        {weeks.map((week, index) => {
          const share = getTakenShare(week);
          const height = share === null ? 0 : share * span;
          return (
            <g key={week.weekStart}>
              {height > 0 && (
                <rect
                  x={centre(index) - slot * 0.3}
                  y={BASE - height}
                  width={slot * 0.6}
                  height={height}
                  className="bar trend-taken"
                />
              )}
              <text x={centre(index)} y={BASE + 20} textAnchor="middle" className="tick" data-date>
                {formats.shortDate(week.weekStart)}
              </text>
            </g>
          );
        })}
        {getRuns(points).map((run) => (
          <polyline
            key={run[0]?.x}
            points={run.map(({ x, y }) => `${x},${y}`).join(' ')}
            className="trend-line"
          />
        ))}
        {points.map((point, index) =>
          point ? (
            <circle
              key={weeks[index]?.weekStart}
              cx={point.x}
              cy={point.y}
              r={5}
              className="trend-point"
            />
          ) : null,
        )}
      </svg>
      <figcaption className="legend">
        <span>
          <span className="swatch trend-taken" aria-hidden="true" />
          {t('summary.trend.legendTaken')}
        </span>
        <span>
          <span className="swatch trend-point" aria-hidden="true" />
          {t('summary.trend.legendTension')}
        </span>
      </figcaption>
    </figure>
  );
}
