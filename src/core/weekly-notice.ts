import { tz } from '@date-fns/tz';
import { addWeeks, set, setDay, startOfDay } from 'date-fns';
import type { WeekSummary } from '../shared/domain';
import type { Settings } from '../shared/settings/schema';
import { message, type Message } from '../shared/i18n/message';
import { getHeadlineMessage } from './summary-text';
import { getWeekBounds, type WeekdayIndex } from './summary-week';

type WeeklySummarySettings = Settings['weeklySummary'];

/**
 * The next moment, strictly after `now`, for the weekly summary notice: the configured
 * weekday and local time in `timeZone` (a time that DST skips moves to the next valid
 * instant, as date-fns does). Null when the notice is off.
 */
export function getNextWeeklySummaryAt(
  config: WeeklySummarySettings,
  now: number,
  timeZone: string,
): number | null {
  if (!config.enabled) return null;
  const zone = tz(timeZone);
  const [hours = 9, minutes = 0] = config.time.split(':').map(Number);
  const atTime = (date: Date) =>
    set(date, { hours, minutes, seconds: 0, milliseconds: 0 }, { in: zone });
  const day = setDay(startOfDay(now, { in: zone }), config.weekday, { weekStartsOn: 0, in: zone });
  let candidate = atTime(day);
  if (candidate.getTime() <= now) candidate = atTime(addWeeks(day, 1, { in: zone }));
  return candidate.getTime();
}

/**
 * Which week a notice at `at` reports: on the week's first day the week just ended
 * (1 week back), on any later day the week so far (0).
 */
export function getNoticeWeeksBack(
  at: number,
  timeZone: string,
  weekStartsOn: WeekdayIndex,
): 0 | 1 {
  const week = getWeekBounds(at, timeZone, weekStartsOn);
  const first = week.days[0];
  return first && at < first.endsAt ? 1 : 0;
}

/** The notice's words: the headline, and the streak when there is one. */
export function getWeeklyNoticeText(summary: WeekSummary): { title: Message; body: Message } {
  return {
    title: message('weeklyNotice.title'),
    body: message('weeklyNotice.body', {
      headline: getHeadlineMessage(summary),
      streakDays: summary.streakDays,
      forgiven: summary.streakForgiven ?? 0,
    }),
  };
}
