import { TZDate, tz } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  format,
  getDay,
  lightFormat,
  startOfDay,
  startOfMonth,
  startOfWeek,
  subWeeks,
} from 'date-fns';
import type { Settings } from '../shared/settings/schema';
import { getWeekLocale } from '../shared/i18n/locales';

/** 0 = Sunday … 6 = Saturday, as date-fns counts. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One local calendar day as wall-clock epoch ms, end excluded (23, 24 or 25 hours). */
export interface CalendarDay {
  /** yyyy-MM-dd in the zone. */
  date: string;
  startsAt: number;
  endsAt: number;
  weekday: WeekdayIndex;
}

export interface WeekBounds {
  startsAt: number;
  endsAt: number;
  days: CalendarDay[];
}

interface WeekInfo {
  firstDay: number;
}

/**
 * The first day of the week where `locale` is spoken, from the CLDR data built into
 * Intl (`getWeekInfo()` in newer engines, the `weekInfo` getter in Node 20). Intl knows
 * every locale the OS may report; date-fns locale objects would have to be bundled one by
 * one. Falls back to Monday (ISO 8601) when the engine or the tag gives no answer.
 */
export function getLocaleWeekStart(locale: string): WeekdayIndex {
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = typeof tag.getWeekInfo === 'function' ? tag.getWeekInfo() : tag.weekInfo;
    const first = info?.firstDay;
    // CLDR counts Monday = 1 … Sunday = 7.
    if (typeof first === 'number' && first >= 1 && first <= 7) return (first % 7) as WeekdayIndex;
  } catch {
    // An invalid tag: fall through to the ISO default.
  }
  return 1;
}

/** The setting `weekStartsOn` resolved: a fixed weekday, or the locale's first day. */
export function resolveWeekStart(setting: Settings['weekStartsOn'], locale: string): WeekdayIndex {
  return setting === 'locale' ? getLocaleWeekStart(locale) : (setting as WeekdayIndex);
}

/**
 * The person's first day of the week: the `weekStartsOn` setting, or with 'locale' the
 * first day where their chosen language is spoken (the system's regional locale when
 * the language setting is 'system' or the system speaks the chosen language).
 */
export function getPersonWeekStart(
  settings: Pick<Settings, 'weekStartsOn' | 'language'>,
  systemLocale: string,
): WeekdayIndex {
  const locale = getWeekLocale(settings.language, [systemLocale], systemLocale);
  return resolveWeekStart(settings.weekStartsOn, locale);
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function getDayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hourCycle: 'h23',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "2026-11-23": the local date of `at` in `timeZone`. */
export function getDayKey(at: number, timeZone: string): string {
  // en-US gives "11/23/2026" in every engine; reordered by hand, no parts array.
  const text = getDayFormatter(timeZone).format(at);
  // Years outside 1000–9999 come out in other shapes: date-fns handles those.
  if (text.length !== 10) return format(at, 'yyyy-MM-dd', { in: tz(timeZone) });
  return `${text.slice(6, 10)}-${text.slice(0, 2)}-${text.slice(3, 5)}`;
}

/**
 * Noon of a local date (yyyy-MM-dd) as a TZDate: its getters read the zone's calendar,
 * and noon is never skipped by a DST change.
 */
function noonOf(date: string, timeZone: string): TZDate {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, 12, timeZone);
}

/** yyyy-MM-dd of a TZDate, read through its zone-aware getters (cheaper than `format`). */
const toDayKey = (date: Date) => lightFormat(date, 'yyyy-MM-dd');

/**
 * The week containing `at`, `weeksBack` weeks earlier, as seven local calendar days.
 * All calendar steps are date-fns's in the zone, so DST weeks have 167 or 169 hours.
 */
export function getWeekBounds(
  at: number,
  timeZone: string,
  weekStartsOn: WeekdayIndex,
  weeksBack = 0,
): WeekBounds {
  const zone = tz(timeZone);
  const reference = subWeeks(at, weeksBack, { in: zone });
  const start = startOfWeek(reference, { weekStartsOn, in: zone });
  const days: CalendarDay[] = [];
  const starts = [start];
  for (let index = 1; index <= 7; index += 1) starts.push(addDays(start, index, { in: zone }));
  for (let index = 0; index < 7; index += 1) {
    const dayStart = starts[index] ?? start;
    days.push({
      date: toDayKey(dayStart),
      startsAt: dayStart.getTime(),
      endsAt: (starts[index + 1] ?? start).getTime(),
      weekday: getDay(dayStart) as WeekdayIndex,
    });
  }
  return { startsAt: start.getTime(), endsAt: days[6]?.endsAt ?? start.getTime(), days };
}

/** "2026-11": the local month of `at`, which names the log file it belongs to. */
export function getMonthKey(at: number, timeZone: string): string {
  return getDayKey(at, timeZone).slice(0, 7);
}

/** Every month key (yyyy-MM) from the month of `from` to the month of `to`, inclusive. */
export function getMonthKeysBetween(from: number, to: number, timeZone: string): string[] {
  const zone = tz(timeZone);
  const last = getMonthKey(to, timeZone);
  const keys: string[] = [];
  for (
    let cursor = startOfMonth(from, { in: zone });
    ;
    cursor = addMonths(cursor, 1, { in: zone })
  ) {
    const key = format(cursor, 'yyyy-MM', { in: zone });
    if (key > last) break;
    keys.push(key);
  }
  return keys;
}

/** The wall time at which a local date (yyyy-MM-dd) begins. */
export function getDayStart(date: string, timeZone: string): number {
  return startOfDay(noonOf(date, timeZone)).getTime();
}

/**
 * Local dates from `date` backwards, one per step, each with its weekday. Stepping a
 * calendar date needs no zone, so this walks a plain Date held at noon (never moved off
 * its day by DST), which date-fns steps about ten times faster than a TZDate.
 */
export function* getDaysBackwards(
  date: string,
): Generator<{ date: string; weekday: WeekdayIndex }> {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  for (let cursor = new Date(year, month - 1, day, 12); ; cursor = addDays(cursor, -1)) {
    yield { date: toDayKey(cursor), weekday: getDay(cursor) as WeekdayIndex };
  }
}
