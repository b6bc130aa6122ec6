import { CARE_DAY_SECONDS } from './adherence';
import { getDayKeyWeekday, getPreviousDayKey, type WeekdayIndex } from './summary-week';

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
  const { timeZone, workingDays } = input;
  let day = input.lastDay;
  if (day === input.today && input.getCareSeconds(day) < CARE_DAY_SECONDS) {
    day = getPreviousDayKey(day, timeZone);
  }
  let streak = 0;
  let missPending = false;
  for (let steps = 0; steps < MAX_STREAK_DAYS && day >= input.firstDay; steps += 1) {
    if (input.getCareSeconds(day) >= CARE_DAY_SECONDS) {
      streak += 1;
      missPending = false;
    } else if (workingDays.has(getDayKeyWeekday(day, timeZone))) {
      if (missPending) break;
      missPending = true;
    }
    day = getPreviousDayKey(day, timeZone);
  }
  return streak;
}
