import type { WeekSummary } from '../shared/domain';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function changeClause(summary: WeekSummary, before: string): string {
  if (summary.change === null) return summary.firstWeek ? ' in your first week with Unknot' : '';
  const difference = summary.change.taken;
  if (difference === 0) return ` — as many as ${before}`;
  const size = Math.abs(difference);
  return ` — ${size} ${difference > 0 ? 'more' : 'fewer'} than ${before}`;
}

/**
 * "You took 18 of 24 breaks — 4 more than last week." For a past week (`current:
 * false`) the comparison is with "the week before".
 */
export function getHeadline(summary: WeekSummary, options: { current?: boolean } = {}): string {
  const current = options.current ?? true;
  if (summary.breaks === 0) return `No breaks recorded ${current ? 'this' : 'that'} week.`;
  const noun = plural(summary.breaks, 'break', 'breaks');
  const before = current ? 'last week' : 'the week before';
  return `You took ${summary.taken} of ${summary.breaks} ${noun}${changeClause(summary, before)}.`;
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
