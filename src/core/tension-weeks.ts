import type { AdherenceEvent } from '../shared/domain';
import type { TensionCheckIn, TensionWeek } from '../shared/tension';
import { CARE_DAY_SECONDS, OUTCOMES, getCareSeconds, isCountedBreak, isTaken } from './adherence';
import type { DayEntry } from './day-index';
import { getDayKey, getWeekBounds, type WeekdayIndex } from './summary-week';

/** How many weeks the summary's tension trend shows, the current week last. */
export const TENSION_TREND_WEEKS = 8;

export interface TensionWeeksInput {
  checkIns: readonly TensionCheckIn[];
  /** Adherence events covering at least the weeks shown; others are ignored. */
  events: readonly AdherenceEvent[];
  /** Wall-clock now, epoch ms: its week is the last one. */
  now: number;
  timeZone: string;
  /** The same first weekday as the summary. */
  weekStartsOn: WeekdayIndex;
  weeks?: number;
}

/** The wall-clock span of the trend's weeks, end excluded: what to read from the log. */
export function getTensionTrendRange(
  input: Pick<TensionWeeksInput, 'now' | 'timeZone' | 'weekStartsOn' | 'weeks'>,
): { from: number; to: number } {
  const { now, timeZone, weekStartsOn, weeks = TENSION_TREND_WEEKS } = input;
  return {
    from: getWeekBounds(now, timeZone, weekStartsOn, weeks - 1).startsAt,
    to: getWeekBounds(now, timeZone, weekStartsOn, 0).endsAt,
  };
}

/** The mean of one check-in's ratings; null when it rated no area. */
export function getCheckInMean(checkIn: Pick<TensionCheckIn, 'ratings'>): number | null {
  const values = Object.values(checkIn.ratings).filter(
    (value): value is number => typeof value === 'number',
  );
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** One decimal is as fine as a 0–10 self-rating deserves. */
const roundTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The last `weeks` calendar weeks, oldest first: each week's average tension (the mean
 * of its check-ins' means; null without a check-in) next to its adherence (breaks taken
 * of breaks prompted, days with at least a minute of care), counted as the summary does.
 */
export function getTensionWeeks({
  checkIns,
  events,
  now,
  timeZone,
  weekStartsOn,
  weeks = TENSION_TREND_WEEKS,
}: TensionWeeksInput): TensionWeek[] {
  const result: TensionWeek[] = [];
  for (let weeksBack = weeks - 1; weeksBack >= 0; weeksBack -= 1) {
    const bounds = getWeekBounds(now, timeZone, weekStartsOn, weeksBack);
    const inWeek = (at: number) => at >= bounds.startsAt && at < bounds.endsAt;
    const means = checkIns
      .filter((checkIn) => inWeek(checkIn.at))
      .map(getCheckInMean)
      .filter((value): value is number => value !== null);
    const weekEvents = events.filter((event) => inWeek(event.at));
    const careByDay = new Map<string, number>();
    for (const event of weekEvents) {
      const day = getDayKey(event.at, timeZone);
      careByDay.set(day, (careByDay.get(day) ?? 0) + getCareSeconds(event));
    }
    result.push({
      weekStart: bounds.days[0]?.date ?? getDayKey(bounds.startsAt, timeZone),
      startsAt: bounds.startsAt,
      endsAt: bounds.endsAt,
      tension:
        means.length > 0
          ? roundTenth(means.reduce((sum, value) => sum + value, 0) / means.length)
          : null,
      checkIns: means.length,
      breaks: weekEvents.filter((event) => isCountedBreak(event.outcome)).length,
      taken: weekEvents.filter((event) => isTaken(event.outcome)).length,
      daysWithCare: [...careByDay.values()].filter((care) => care >= CARE_DAY_SECONDS).length,
    });
  }
  return result;
}

export interface TensionWeeksFromDaysInput extends Omit<TensionWeeksInput, 'events'> {
  /** The day index (core/day-index): each local date's prompts by outcome and its care. */
  getDay(date: string): DayEntry | undefined;
}

/** `getTensionWeeks` from the day index: costs the 56 days shown, not their events. */
export function getTensionWeeksFromDays(input: TensionWeeksFromDaysInput): TensionWeek[] {
  const { checkIns, now, timeZone, weekStartsOn, weeks = TENSION_TREND_WEEKS } = input;
  const result: TensionWeek[] = [];
  for (let weeksBack = weeks - 1; weeksBack >= 0; weeksBack -= 1) {
    const bounds = getWeekBounds(now, timeZone, weekStartsOn, weeksBack);
    const means = checkIns
      .filter((checkIn) => checkIn.at >= bounds.startsAt && checkIn.at < bounds.endsAt)
      .map(getCheckInMean)
      .filter((value): value is number => value !== null);
    let breaks = 0;
    let taken = 0;
    let daysWithCare = 0;
    for (const day of bounds.days) {
      const entry = input.getDay(day.date);
      if (!entry) continue;
      for (const outcome of OUTCOMES) {
        if (isCountedBreak(outcome)) breaks += entry.outcomes[outcome];
        if (isTaken(outcome)) taken += entry.outcomes[outcome];
      }
      if (entry.careSeconds >= CARE_DAY_SECONDS) daysWithCare += 1;
    }
    result.push({
      weekStart: bounds.days[0]?.date ?? getDayKey(bounds.startsAt, timeZone),
      startsAt: bounds.startsAt,
      endsAt: bounds.endsAt,
      tension:
        means.length > 0
          ? roundTenth(means.reduce((sum, value) => sum + value, 0) / means.length)
          : null,
      checkIns: means.length,
      breaks,
      taken,
      daysWithCare,
    });
  }
  return result;
}
