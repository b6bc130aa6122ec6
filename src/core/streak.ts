import { CARE_DAY_SECONDS } from './adherence';
import { getDaysBackwards, type WeekdayIndex } from './summary-week';

/** Longest walk back through the calendar, so a damaged log cannot make it spin. */
const MAX_STREAK_DAYS = 5 * 366;

export interface StreakInput {
  /** The last day that may count (yyyy-MM-dd): the week's last day, or today. */
  lastDay: string;
  /** Today; a today without care yet does not break the streak (the day is not over). */
  today: string;
  /** The first day of the log; nothing before it is looked at. */
  firstDay: string;
  timeZone: string;
  workingDays: ReadonlySet<WeekdayIndex>;
  getCareSeconds(date: string): number;
}

/**
 * Days with at least a minute of care in a row, ending at `lastDay`. Days off without
 * care neither count nor break it; one missed working day is forgiven, and only a second
 * missed working day before the next care day ends the streak. So one bad day never
 * sends it back to zero.
 */
export function getStreak(input: StreakInput): number {
  const { workingDays } = input;
  const days = getDaysBackwards(input.lastDay);
  let streak = 0;
  let missPending = false;
  for (let steps = 0; steps < MAX_STREAK_DAYS; steps += 1) {
    const { date, weekday } = days.next().value ?? { date: '', weekday: 0 };
    if (date < input.firstDay) break;
    const care = input.getCareSeconds(date);
    // Today without care yet is not a miss: the day is not over.
    if (date === input.today && care < CARE_DAY_SECONDS) continue;
    if (care >= CARE_DAY_SECONDS) {
      streak += 1;
      missPending = false;
    } else if (workingDays.has(weekday)) {
      if (missPending) break;
      missPending = true;
    }
  }
  return streak;
}

/**
 * The calendar the streak is counted in. Working days are the ones a miss counts on;
 * marked days (holidays, sick days) would join here as days that are not working days.
 */
export interface StreakCalendar {
  workingDays: ReadonlySet<WeekdayIndex>;
}

/** Names a calendar, so streak links counted under another one are known to be stale. */
export function getStreakCalendarKey(calendar: StreakCalendar): string {
  return [...calendar.workingDays].sort().join('');
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a yyyy-MM-dd date (a calendar count, no zone involved). */
export function getDayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** 1970-01-01 was a Thursday (4). */
const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;

/** Working days strictly between two dates, counted up to `limit`. */
function workingDaysBetween(
  from: number,
  to: number,
  calendar: StreakCalendar,
  limit: number,
): number {
  let count = 0;
  for (let day = from + 1; day < to && count < limit; day += 1) {
    if (calendar.workingDays.has(weekdayOf(day) as WeekdayIndex)) count += 1;
  }
  return count;
}

/** A care day and the length of the streak that ends on it. */
export interface StreakLink {
  date: string;
  streak: number;
}

/**
 * The streak ending on care day `date`, given the link of the care day before it: one
 * longer, unless two or more working days without care lie between them. Counting it as
 * each day is logged lets the streak be read without walking the history.
 */
export function linkCareDay(
  previous: StreakLink | null,
  date: string,
  calendar: StreakCalendar,
): number {
  if (!previous) return 1;
  const misses = workingDaysBetween(getDayNumber(previous.date), getDayNumber(date), calendar, 2);
  return misses >= 2 ? 1 : previous.streak + 1;
}

export interface LinkedStreakInput {
  lastDay: string;
  today: string;
  firstDay: string;
  calendar: StreakCalendar;
  getCareSeconds(date: string): number;
  /** The link of a care day (as `linkCareDay` counted it). */
  getLink(date: string): number;
}

/**
 * What `getStreak` returns, read from the links: walks back from `lastDay` only to the
 * latest care day (or the second missed working day), so it costs the days since then.
 */
export function getLinkedStreak(input: LinkedStreakInput): number {
  const first = getDayNumber(input.firstDay);
  const today = getDayNumber(input.today);
  let missed = 0;
  for (let day = getDayNumber(input.lastDay); day >= first; day -= 1) {
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    const care = input.getCareSeconds(date);
    if (care >= CARE_DAY_SECONDS) return input.getLink(date);
    if (day === today) continue;
    if (input.calendar.workingDays.has(weekdayOf(day) as WeekdayIndex)) {
      missed += 1;
      if (missed >= 2) return 0;
    }
  }
  return 0;
}

/** Links every care day of `days` (any order) onto `previous`; the tail is the last link. */
export function linkDays(
  previous: StreakLink | null,
  days: Record<string, { careSeconds: number }>,
  calendar: StreakCalendar,
): { byDate: Record<string, number>; tail: StreakLink | null } {
  const byDate: Record<string, number> = {};
  let tail = previous;
  for (const date of Object.keys(days).sort()) {
    if ((days[date]?.careSeconds ?? 0) < CARE_DAY_SECONDS) continue;
    const streak = linkCareDay(tail, date, calendar);
    byDate[date] = streak;
    tail = { date, streak };
  }
  return { byDate, tail };
}
