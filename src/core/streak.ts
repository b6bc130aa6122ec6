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
