import { getWorkingDays } from '../../core/summary';
import { buildWeekSummaryFromDays } from '../../core/summary-days';
import { getPersonWeekStart, getWeekBounds } from '../../core/summary-week';
import type { SummaryView } from '../../shared/domain';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/**
 * The summary of the week `weeksBack` weeks before now, from the log's day index: the
 * two weeks' days and the streak's link, never the events of the history.
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
  const weekStartsOn = getPersonWeekStart(settings, history.locale);
  const week = getWeekBounds(now, history.timeZone, weekStartsOn, weeksBack);
  const previousWeek = getWeekBounds(now, history.timeZone, weekStartsOn, weeksBack + 1);
  const workingDays = getWorkingDays(settings);
  const marks = new Map(settings.dayMarks.map((mark) => [mark.date, mark.kind]));
  const calendar = { workingDays, marked: new Set(marks.keys()) };
  const summary = buildWeekSummaryFromDays({
    week,
    previousWeek,
    getDay: (date) => logStore.getDayEntry(date),
    getStreakLink: (date) => logStore.getStreakLink(date, calendar),
    getStreakForgiven: (date) => logStore.getStreakForgiven(date, calendar),
    marks,
    firstRecordAt: logStore.getHistoryStart(previousWeek.startsAt),
    now,
    timeZone: history.timeZone,
    workingDays,
  });
  return {
    summary,
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
