import type {
  AdherenceEvent,
  AreaCare,
  DayFigures,
  DaySummary,
  ExerciseCount,
  WeekSummary,
} from '../shared/domain';
import { findExercise } from '../shared/exercises';
import {
  CARE_DAY_SECONDS,
  OUTCOMES,
  getCareSeconds,
  getEmptyOutcomes,
  isCountedBreak,
  isTaken,
} from './adherence';
import { WEEKDAYS, type Settings } from '../shared/settings/schema';
import { getStreak } from './streak';
import { getDayKey, type WeekBounds, type WeekdayIndex } from './summary-week';

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
}

/** Weekdays with working hours set; these are the days a missed break counts against the streak. */
export function getWorkingDays(settings: Settings): Set<WeekdayIndex> {
  const days = new Set<WeekdayIndex>();
  WEEKDAYS.forEach((name, index) => {
    if (settings.workingHours.days[name].length > 0) days.add(index as WeekdayIndex);
  });
  return days;
}

function summarizeDay(
  date: string,
  events: readonly AdherenceEvent[],
  figures: DayFigures | undefined,
): DaySummary {
  const outcomes = getEmptyOutcomes();
  let careSeconds = 0;
  let heldBreaks = 0;
  for (const event of events) {
    outcomes[event.outcome] += 1;
    careSeconds += getCareSeconds(event);
    if (event.held) heldBreaks += 1;
  }
  const breaks = OUTCOMES.filter(isCountedBreak).reduce((sum, o) => sum + outcomes[o], 0);
  const taken = OUTCOMES.filter(isTaken).reduce((sum, o) => sum + outcomes[o], 0);
  return {
    date,
    outcomes,
    breaks,
    taken,
    careSeconds,
    sitting: {
      sittingSeconds: figures?.sittingSeconds ?? 0,
      longestBoutSeconds: figures?.longestBoutSeconds ?? 0,
      boutsOver60: figures?.boutsOver60 ?? 0,
      standingSeconds: figures?.standingSeconds ?? 0,
    },
    heldBreaks,
  };
}

function eventsOf(week: WeekBounds, events: readonly AdherenceEvent[]): AdherenceEvent[][] {
  return week.days.map((day) =>
    events.filter((event) => event.at >= day.startsAt && event.at < day.endsAt),
  );
}

function countCare(events: readonly AdherenceEvent[]): {
  areas: AreaCare[];
  exercises: ExerciseCount[];
} {
  const areas = new Map<AreaCare['area'], AreaCare>();
  const exercises = new Map<string, ExerciseCount>();
  for (const event of events) {
    for (const record of event.exercises) {
      const seconds = getCareSeconds({ exercises: [record] });
      if (seconds <= 0) continue;
      const area = findExercise(record.exerciseId)?.area ?? 'other';
      const byArea = areas.get(area) ?? { area, seconds: 0, count: 0 };
      areas.set(area, { ...byArea, seconds: byArea.seconds + seconds, count: byArea.count + 1 });
      const id = record.exerciseId;
      const byId = exercises.get(id) ?? { exerciseId: id, count: 0, seconds: 0 };
      exercises.set(id, { ...byId, seconds: byId.seconds + seconds, count: byId.count + 1 });
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

/** The weekly summary: every figure the window, the tray line and the notice show. */
export function buildWeekSummary(input: SummaryInput): WeekSummary {
  const { week, firstRecordAt } = input;
  const perDay = eventsOf(week, input.events);
  const days = week.days.map((day, index) =>
    summarizeDay(day.date, perDay[index] ?? [], input.getDay(day.date)),
  );
  const outcomes = getEmptyOutcomes();
  for (const day of days) for (const o of OUTCOMES) outcomes[o] += day.outcomes[o];
  const current = totals(days);
  const previous = totals(
    eventsOf(input.previousWeek, input.events).map((list, index) =>
      summarizeDay(input.previousWeek.days[index]?.date ?? '', list, undefined),
    ),
  );
  const hadEarlierWeek = firstRecordAt !== null && firstRecordAt < week.startsAt;
  const today = getDayKey(input.now, input.timeZone);
  const weekEnd = days[6]?.date ?? '';
  const lastDay = today < weekEnd ? today : weekEnd;
  const firstDay = firstRecordAt === null ? null : getDayKey(firstRecordAt, input.timeZone);
  const careOf = (date: string): number => {
    const index = days.findIndex((d) => d.date === date);
    return index >= 0 ? (days[index]?.careSeconds ?? 0) : (input.getDay(date)?.careSeconds ?? 0);
  };
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
      standingSeconds: days.reduce((s, d) => s + (d.sitting.standingSeconds ?? 0), 0),
    },
    heldBreaks: days.reduce((s, d) => s + (d.heldBreaks ?? 0), 0),
    daysWithCare: days.filter((d) => d.careSeconds >= CARE_DAY_SECONDS).length,
    streakDays:
      firstDay === null || lastDay < firstDay
        ? 0
        : getStreak({
            lastDay,
            today,
            firstDay,
            timeZone: input.timeZone,
            workingDays: input.workingDays,
            getCareSeconds: careOf,
          }),
    ...countCare(perDay.flat()),
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
