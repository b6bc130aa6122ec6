import type { DayMarkKind } from '../shared/day-marks';
import type { AreaCare, DaySummary, ExerciseCount, WeekSummary } from '../shared/domain';
import { findExercise } from '../shared/exercises';
import { CARE_DAY_SECONDS, OUTCOMES, getEmptyOutcomes, isCountedBreak, isTaken } from './adherence';
import type { DayEntry } from './day-index';
import { getLinkedStreak, getStreakCount } from './streak';
import { getDayKey, type WeekBounds, type WeekdayIndex } from './summary-week';

export interface DaysSummaryInput {
  week: WeekBounds;
  previousWeek: WeekBounds;
  /** The day index: every figure of one local date, undefined for a day without any. */
  getDay(date: string): DayEntry | undefined;
  /** Wall time of the oldest record in the log; null for an empty log. */
  firstRecordAt: number | null;
  now: number;
  timeZone: string;
  workingDays: ReadonlySet<WeekdayIndex>;
  /**
   * The streak ending on a care day, as the log links it (`linkCareDay`). Without it the
   * streak is counted by walking back day by day (fine for tests, O(streak) for a log).
   */
  getStreakLink?(date: string): number;
  /** The days forgiven inside that streak, as the log links it. */
  getStreakForgiven?(date: string): number;
  /** Planned holidays and sick days by date: days off for the streak, shown on the days. */
  marks?: ReadonlyMap<string, DayMarkKind>;
}

/** `{ [key]: value }` when value is above zero, else nothing: older figures stay as they were. */
function onlyIfAny<K extends string>(key: K, value: number): Partial<Record<K, number>> {
  return value > 0 ? ({ [key]: value } as Record<K, number>) : {};
}

function summarizeDay(
  date: string,
  entry: DayEntry | undefined,
  mark: DayMarkKind | undefined,
): DaySummary {
  const outcomes = { ...(entry?.outcomes ?? getEmptyOutcomes()) };
  return {
    date,
    outcomes,
    breaks: OUTCOMES.filter(isCountedBreak).reduce((sum, o) => sum + outcomes[o], 0),
    taken: OUTCOMES.filter(isTaken).reduce((sum, o) => sum + outcomes[o], 0),
    careSeconds: entry?.careSeconds ?? 0,
    sitting: {
      sittingSeconds: entry?.sittingSeconds ?? 0,
      longestBoutSeconds: entry?.longestBoutSeconds ?? 0,
      boutsOver60: entry?.boutsOver60 ?? 0,
      ...onlyIfAny('standingSeconds', entry?.standingSeconds ?? 0),
    },
    ...onlyIfAny('heldBreaks', entry?.heldBreaks ?? 0),
    ...(mark ? { mark } : {}),
  };
}

function countCare(entries: readonly (DayEntry | undefined)[]): {
  areas: AreaCare[];
  exercises: ExerciseCount[];
} {
  const areas = new Map<AreaCare['area'], AreaCare>();
  const exercises = new Map<string, ExerciseCount>();
  for (const entry of entries) {
    for (const [exerciseId, tally] of Object.entries(entry?.exercises ?? {})) {
      const area = findExercise(exerciseId)?.area ?? 'other';
      const byArea = areas.get(area) ?? { area, seconds: 0, count: 0 };
      areas.set(area, {
        ...byArea,
        seconds: byArea.seconds + tally.seconds,
        count: byArea.count + tally.count,
      });
      const byId = exercises.get(exerciseId) ?? { exerciseId, count: 0, seconds: 0 };
      exercises.set(exerciseId, {
        ...byId,
        seconds: byId.seconds + tally.seconds,
        count: byId.count + tally.count,
      });
    }
  }
  const bySeconds = <T extends { seconds: number }>(a: T, b: T) => b.seconds - a.seconds;
  return {
    areas: [...areas.values()].sort(bySeconds),
    exercises: [...exercises.values()].sort(bySeconds),
  };
}

function totals(days: DaySummary[]) {
  const sum = (pick: (day: DaySummary) => number) => days.reduce((s, d) => s + pick(d), 0);
  return {
    breaks: sum((d) => d.breaks),
    taken: sum((d) => d.taken),
    care: sum((d) => d.careSeconds),
  };
}

/** The weekly summary from the day index: costs the 14 days it reads and the streak's tail. */
export function buildWeekSummaryFromDays(input: DaysSummaryInput): WeekSummary {
  const { week, firstRecordAt } = input;
  const entries = week.days.map((day) => input.getDay(day.date));
  const days = week.days.map((day, index) =>
    summarizeDay(day.date, entries[index], input.marks?.get(day.date)),
  );
  const outcomes = getEmptyOutcomes();
  for (const day of days) for (const o of OUTCOMES) outcomes[o] += day.outcomes[o];
  const current = totals(days);
  const previous = totals(
    input.previousWeek.days.map((day) => summarizeDay(day.date, input.getDay(day.date), undefined)),
  );
  const hadEarlierWeek = firstRecordAt !== null && firstRecordAt < week.startsAt;
  const today = getDayKey(input.now, input.timeZone);
  const weekEnd = days[6]?.date ?? '';
  const lastDay = today < weekEnd ? today : weekEnd;
  const firstDay = firstRecordAt === null ? null : getDayKey(firstRecordAt, input.timeZone);
  const getCareSeconds = (date: string) => input.getDay(date)?.careSeconds ?? 0;
  const streakInput = { lastDay, today, firstDay: firstDay ?? '', getCareSeconds };
  const marked = new Set(input.marks?.keys() ?? []);
  const calendar = { workingDays: input.workingDays, marked };
  const { getStreakLink, getStreakForgiven } = input;
  let streak = { days: 0, forgiven: 0 };
  if (firstDay !== null && lastDay >= firstDay) {
    streak = getStreakLink
      ? getLinkedStreak({
          ...streakInput,
          calendar,
          getLink: getStreakLink,
          getForgiven: getStreakForgiven,
        })
      : getStreakCount({ ...streakInput, timeZone: input.timeZone, ...calendar });
  }
  return {
    weekStart: days[0]?.date ?? '',
    weekEnd,
    startsAt: week.startsAt,
    endsAt: week.endsAt,
    days,
    outcomes,
    breaks: current.breaks,
    taken: current.taken,
    completionRate: current.breaks > 0 ? current.taken / current.breaks : null,
    careSeconds: current.care,
    naturalBreaks: outcomes.natural,
    sitting: {
      totalSeconds: days.reduce((s, d) => s + d.sitting.sittingSeconds, 0),
      longestBoutSeconds: Math.max(0, ...days.map((d) => d.sitting.longestBoutSeconds)),
      boutsOver60: days.reduce((s, d) => s + d.sitting.boutsOver60, 0),
      ...onlyIfAny(
        'standingSeconds',
        days.reduce((s, d) => s + (d.sitting.standingSeconds ?? 0), 0),
      ),
    },
    ...onlyIfAny(
      'heldBreaks',
      days.reduce((s, d) => s + (d.heldBreaks ?? 0), 0),
    ),
    daysWithCare: days.filter((d) => d.careSeconds >= CARE_DAY_SECONDS).length,
    streakDays: streak.days,
    ...onlyIfAny('streakForgiven', streak.forgiven),
    ...countCare(entries),
    change: hadEarlierWeek
      ? {
          breaks: current.breaks - previous.breaks,
          taken: current.taken - previous.taken,
          careSeconds: current.care - previous.care,
        }
      : null,
    firstWeek:
      firstRecordAt !== null && firstRecordAt >= week.startsAt && firstRecordAt < week.endsAt,
  };
}
