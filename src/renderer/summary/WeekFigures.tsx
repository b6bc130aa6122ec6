import type { WeekSummary } from '../../shared/domain';
import { getMinutesLabel } from './labels';

/** The week's key figures as a description list. */
export function WeekFigures({ summary }: { summary: WeekSummary }) {
  const rate =
    summary.completionRate === null ? '—' : `${Math.round(summary.completionRate * 100)} %`;
  const figures: [string, string][] = [
    ['Completion', rate],
    ['Minutes of care', getMinutesLabel(summary.careSeconds)],
    ['Days with care', `${summary.daysWithCare} of 7`],
    ['Days of care in a row', summary.streakDays === 1 ? '1 day' : `${summary.streakDays} days`],
    ['Stood up on your own', String(summary.naturalBreaks)],
    ['Sitting bouts over 60 min', String(summary.sitting.boutsOver60)],
    ['Standing at the desk', getMinutesLabel(summary.sitting.standingSeconds ?? 0)],
    ['Breaks that waited for a call or DND', String(summary.heldBreaks ?? 0)],
  ];
  return (
    <dl className="figures">
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
