import type { WeekSummary } from '../shared/domain';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function changeClause(summary: WeekSummary): string {
  if (summary.change === null) return summary.firstWeek ? ' in your first week with Unknot' : '';
  const difference = summary.change.taken;
  if (difference === 0) return ' — as many as last week';
  const size = Math.abs(difference);
  return ` — ${size} ${difference > 0 ? 'more' : 'fewer'} than last week`;
}

/** "You took 18 of 24 breaks — 4 more than last week." */
export function getHeadline(summary: WeekSummary): string {
  if (summary.breaks === 0) return 'No breaks recorded this week.';
  const noun = plural(summary.breaks, 'break', 'breaks');
  return `You took ${summary.taken} of ${summary.breaks} ${noun}${changeClause(summary)}.`;
}

/** The tray's line: "This week: 18/24 breaks". */
export function getWeekLine(summary: WeekSummary): string {
  return `This week: ${summary.taken}/${summary.breaks} ${plural(summary.breaks, 'break', 'breaks')}`;
}

/** "3 days in a row" style label for the streak. */
export function getStreakLabel(days: number): string {
  if (days === 0) return 'No streak yet';
  return `${days} ${plural(days, 'day', 'days')} of care in a row`;
}
