import type { DayMarkKind } from '../shared/day-marks';
import type { AdherenceEvent, DayFigures, WeekSummary } from '../shared/domain';
import { WEEKDAYS, type Settings } from '../shared/settings/schema';
import { addEventToEntry, getEmptyDayEntry, type DayEntry } from './day-index';
import { buildWeekSummaryFromDays } from './summary-days';
import type { WeekBounds, WeekdayIndex } from './summary-week';

export interface SummaryInput {
  week: WeekBounds;
  previousWeek: WeekBounds;
  /** Events of at least both weeks; others are ignored. */
  events: readonly AdherenceEvent[];
  /** The stored figures of one local date (sitting, care), undefined for a day without any. */
  getDay(date: string): DayFigures | undefined;
  /** Wall time of the oldest record in the log; null for an empty log. */
  firstRecordAt: number | null;
  now: number;
  timeZone: string;
  workingDays: ReadonlySet<WeekdayIndex>;
  /** Planned holidays and sick days by date. */
  marks?: ReadonlyMap<string, DayMarkKind>;
}

/** Weekdays with working hours set; these are the days a missed break counts against the streak. */
export function getWorkingDays(settings: Settings): Set<WeekdayIndex> {
  const days = new Set<WeekdayIndex>();
  WEEKDAYS.forEach((name, index) => {
    if (settings.workingHours.days[name].length > 0) days.add(index as WeekdayIndex);
  });
  return days;
}

/**
 * The weekly summary from a list of events and stored day figures: the two weeks' days
 * are counted from the events, every other day (the streak's) from its figures. The app
 * reads the day index instead (`buildWeekSummaryFromDays`); this is its reference.
 */
export function buildWeekSummary(input: SummaryInput): WeekSummary {
  const counted = new Map<string, DayEntry>();
  for (const day of [...input.previousWeek.days, ...input.week.days]) {
    let entry: DayEntry = { ...getEmptyDayEntry(), ...input.getDay(day.date), careSeconds: 0 };
    for (const event of input.events) {
      if (event.at >= day.startsAt && event.at < day.endsAt) entry = addEventToEntry(entry, event);
    }
    counted.set(day.date, entry);
  }
  return buildWeekSummaryFromDays({
    ...input,
    getDay: (date) => {
      const entry = counted.get(date);
      if (entry) return entry;
      const figures = input.getDay(date);
      return figures ? { ...getEmptyDayEntry(), ...figures } : undefined;
    },
  });
}
