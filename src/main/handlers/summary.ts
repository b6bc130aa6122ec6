import { buildWeekSummary, getWorkingDays } from '../../core/summary';
import { getHeadline } from '../../core/summary-text';
import { getWeekBounds, resolveWeekStart } from '../../core/summary-week';
import type { SummaryView } from '../../shared/domain';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/**
 * The summary of the week `weeksBack` weeks before now: the two weeks' events and the
 * days the streak needs are read from the log (only those months), the rest is core.
 */
export function getSummaryView(
  {
    settingsStore,
    logStore,
    history,
  }: Pick<HandlerContext, 'settingsStore' | 'logStore' | 'history'>,
  weeksBack: number,
): SummaryView {
  const { settings } = settingsStore;
  const now = history.now();
  const weekStartsOn = resolveWeekStart(settings.weekStartsOn, history.locale);
  const week = getWeekBounds(now, history.timeZone, weekStartsOn, weeksBack);
  const previousWeek = getWeekBounds(now, history.timeZone, weekStartsOn, weeksBack + 1);
  const summary = buildWeekSummary({
    week,
    previousWeek,
    events: logStore.readRange(previousWeek.startsAt, week.endsAt),
    getDay: (date) => logStore.getDay(date),
    firstRecordAt: logStore.getHistoryStart(previousWeek.startsAt),
    now,
    timeZone: history.timeZone,
    workingDays: getWorkingDays(settings),
  });
  return {
    summary,
    headline: getHeadline(summary, { current: weeksBack === 0 }),
    weeksBack,
    problems: [...logStore.problems],
  };
}

/** Summary window channels. */
export function createSummaryHandlers(context: HandlerContext): Pick<InvokeHandlers, 'getSummary'> {
  return {
    getSummary: ({ weeksBack }) =>
      getSummaryView(context, weeksBack === 'start' ? context.history.takeStartWeek() : weeksBack),
  };
}
