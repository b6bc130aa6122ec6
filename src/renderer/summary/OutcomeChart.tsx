import type { DaySummary, Outcome } from '../../shared/domain';
import { useFormats, useText } from '../common/i18n/use-text';
import { OUTCOME_LABELS } from './labels';

/** Drawn bottom-up in this order; snoozes are left out (they postpone, not end, a break). */
const STACK: Outcome[] = ['completed', 'partial', 'natural', 'skipped', 'missed'];

const WIDTH = 560;
const HEIGHT = 180;
const BASE = 150;
const TOP = 12;

/** Stacked bars of each day's breaks by outcome. The table below carries the same numbers. */
export function OutcomeChart({ days }: { days: DaySummary[] }) {
  const t = useText();
  const formats = useFormats();
  const most = Math.max(1, ...days.map((day) => STACK.reduce((s, o) => s + day.outcomes[o], 0)));
  const slot = WIDTH / days.length;
  const unit = (BASE - TOP) / most;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('summary.chartLabel')}>
        <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} className="axis" />
        {days.map((day, index) => {
          let y = BASE;
          return (
            <g key={day.date} transform={`translate(${index * slot + slot * 0.2} 0)`}>
              {STACK.map((outcome) => {
                const height = day.outcomes[outcome] * unit;
                y -= height;
                return height > 0 ? (
                  <rect
                    key={outcome}
                    x={0}
                    y={y}
                    width={slot * 0.6}
                    height={height}
                    className={`bar outcome-${outcome}`}
                  />
                ) : null;
              })}
              <text x={slot * 0.3} y={BASE + 20} textAnchor="middle" className="tick" data-date>
                {formats.shortDay(day.date)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {STACK.map((outcome) => (
          <span key={outcome}>
            <span className={`swatch outcome-${outcome}`} aria-hidden="true" />
            {t(OUTCOME_LABELS[outcome])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
