import { CARE_DAY_SECONDS } from './adherence';
import type { WeekdayIndex } from './summary-week';

/** Longest walk back through the calendar, so a damaged log cannot make it spin. */
const MAX_STREAK_DAYS = 5 * 366;

/**
 * The calendar the streak is counted in. Working days are the ones a miss counts on;
 * marked days (a planned holiday, a sick day) are days off whatever their weekday.
 */
export interface StreakCalendar {
  workingDays: ReadonlySet<WeekdayIndex>;
  /** Marked dates (yyyy-MM-dd): a day without care there is no miss. */
  marked?: ReadonlySet<string>;
}

/** A streak's length in care days, and how many missed working days inside it were forgiven. */
export interface StreakCount {
  days: number;
  forgiven: number;
}

export interface StreakInput {
  /** The last day that may count (yyyy-MM-dd): the week's last day, or today. */
  lastDay: string;
  /** Today; a today without care yet does not break the streak (the day is not over). */
  today: string;
  /** The first day of the log; nothing before it is looked at. */
  firstDay: string;
  timeZone: string;
  workingDays: ReadonlySet<WeekdayIndex>;
  /** Marked dates (see `StreakCalendar`). */
  marked?: ReadonlySet<string>;
  getCareSeconds(date: string): number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a yyyy-MM-dd date (a calendar count, no zone involved). */
export function getDayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

const dateOf = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

/** 1970-01-01 was a Thursday (4). */
const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;

/** A day whose lack of care counts as a miss: a working day that is not marked. */
function missCounts(dayNumber: number, calendar: StreakCalendar): boolean {
  if (!calendar.workingDays.has(weekdayOf(dayNumber) as WeekdayIndex)) return false;
  return !(calendar.marked?.has(dateOf(dayNumber)) ?? false);
}

/**
 * Days with at least a minute of care in a row, ending at `lastDay`. Days off and marked
 * days without care neither count nor break it; one missed working day is forgiven, and
 * only a second missed working day before the next care day ends the streak. So one bad
 * day never sends it back to zero. This walks the days; the log reads the links instead.
 */
export function getStreakCount(input: StreakInput): StreakCount {
  const first = getDayNumber(input.firstDay);
  const today = getDayNumber(input.today);
  const last = getDayNumber(input.lastDay);
  const calendar: StreakCalendar = { workingDays: input.workingDays, marked: input.marked };
  const count: StreakCount = { days: 0, forgiven: 0 };
  let missPending = false;
  for (let day = last; day >= first && last - day < MAX_STREAK_DAYS; day -= 1) {
    const care = input.getCareSeconds(dateOf(day)) >= CARE_DAY_SECONDS;
    if (care) {
      count.days += 1;
      if (missPending) count.forgiven += 1;
      missPending = false;
    } else if (day !== today && missCounts(day, calendar)) {
      if (missPending) break;
      missPending = true;
    }
  }
  return count;
}

/** The streak's length alone (see `getStreakCount`). */
export const getStreak = (input: StreakInput): number => getStreakCount(input).days;

/**
 * Names a calendar, so streak links counted under another one are known to be stale: its
 * working days and its marks ("v2" links also carry the forgiven days).
 */
export function getStreakCalendarKey(calendar: StreakCalendar): string {
  const days = [...calendar.workingDays].sort().join('');
  const marks = [...(calendar.marked ?? [])].sort().join(',');
  return marks ? `v2:${days}:${marks}` : `v2:${days}`;
}

/** Missed working days strictly between two dates, counted up to `limit`. */
function missesBetween(from: number, to: number, calendar: StreakCalendar, limit: number): number {
  let count = 0;
  for (let day = from + 1; day < to && count < limit; day += 1) {
    if (missCounts(day, calendar)) count += 1;
  }
  return count;
}

/** A care day, the length of the streak that ends on it and the days forgiven inside it. */
export interface StreakLink {
  date: string;
  streak: number;
  /** Absent in links stored before forgiven days were counted (their key differs). */
  forgiven?: number;
}

/**
 * The streak ending on care day `date`, given the link of the care day before it: one
 * longer, unless two or more missed working days lie between them. Counting it as each
 * day is logged lets the streak be read without walking the history.
 */
export function linkCareDay(
  previous: StreakLink | null,
  date: string,
  calendar: StreakCalendar,
): StreakCount {
  if (!previous) return { days: 1, forgiven: 0 };
  const misses = missesBetween(getDayNumber(previous.date), getDayNumber(date), calendar, 2);
  if (misses >= 2) return { days: 1, forgiven: 0 };
  return { days: previous.streak + 1, forgiven: (previous.forgiven ?? 0) + misses };
}

export interface LinkedStreakInput {
  lastDay: string;
  today: string;
  firstDay: string;
  calendar: StreakCalendar;
  getCareSeconds(date: string): number;
  /** The streak ending on a care day (as `linkCareDay` counted it). */
  getLink(date: string): number;
  /** The days forgiven inside that streak; without it none are known. */
  getForgiven?(date: string): number;
}

/**
 * What `getStreakCount` returns, read from the links: walks back from `lastDay` only to
 * the latest care day (or the second missed working day), so it costs the days since then.
 */
export function getLinkedStreak(input: LinkedStreakInput): StreakCount {
  const first = getDayNumber(input.firstDay);
  const today = getDayNumber(input.today);
  let missed = 0;
  for (let day = getDayNumber(input.lastDay); day >= first; day -= 1) {
    const date = dateOf(day);
    if (input.getCareSeconds(date) >= CARE_DAY_SECONDS) {
      const days = input.getLink(date);
      const forgiven = days > 0 ? (input.getForgiven?.(date) ?? 0) + missed : 0;
      return { days, forgiven };
    }
    if (day === today) continue;
    if (missCounts(day, input.calendar)) {
      missed += 1;
      if (missed >= 2) return { days: 0, forgiven: 0 };
    }
  }
  return { days: 0, forgiven: 0 };
}

/** Links every care day of `days` (any order) onto `previous`; the tail is the last link. */
export function linkDays(
  previous: StreakLink | null,
  days: Record<string, { careSeconds: number }>,
  calendar: StreakCalendar,
): { byDate: Record<string, number>; forgiven: Record<string, number>; tail: StreakLink | null } {
  const byDate: Record<string, number> = {};
  const forgiven: Record<string, number> = {};
  let tail = previous;
  for (const date of Object.keys(days).sort()) {
    if ((days[date]?.careSeconds ?? 0) < CARE_DAY_SECONDS) continue;
    const count = linkCareDay(tail, date, calendar);
    byDate[date] = count.days;
    if (count.forgiven > 0) forgiven[date] = count.forgiven;
    tail = { date, streak: count.days, forgiven: count.forgiven };
  }
  return { byDate, forgiven, tail };
}
