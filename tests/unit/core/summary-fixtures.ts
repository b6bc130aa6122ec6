/** Hand-made weeks for the summary tests: events at local times, summarised as main does. */
import { TZDate } from '@date-fns/tz';
import { addEventToDay, getEmptyDayFigures } from '../../../src/core/adherence';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { buildWeekSummary, getWorkingDays } from '../../../src/core/summary';
import { getDayKey, getWeekBounds, type WeekdayIndex } from '../../../src/core/summary-week';
import type { AdherenceEvent, DayFigures, Outcome } from '../../../src/shared/domain';

export const ZONE = 'Europe/Berlin';
export const at = (y: number, m: number, d: number, h = 10, min = 0, zone = ZONE) =>
  new TZDate(y, m - 1, d, h, min, zone).getTime();

let counter = 0;
export function event(time: number, outcome: Outcome, held: number[] = []): AdherenceEvent {
  counter += 1;
  return {
    id: `e${counter}`,
    at: time,
    kind: 'posture',
    outcome,
    exercises: held.length ? [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: held }] : [],
    boutSeconds: 1800,
  };
}

/** Builds the summary the way the main side does: day figures folded from the same events. */
export function summarize(
  events: AdherenceEvent[],
  now: number,
  options: {
    weekStartsOn?: WeekdayIndex;
    zone?: string;
    weeksBack?: number;
    sitting?: Record<string, Partial<DayFigures>>;
  } = {},
) {
  const zone = options.zone ?? ZONE;
  const weekStartsOn = options.weekStartsOn ?? 1;
  const days = new Map<string, DayFigures>();
  for (const e of events) {
    const key = getDayKey(e.at, zone);
    days.set(key, addEventToDay(days.get(key) ?? getEmptyDayFigures(), e));
  }
  for (const [key, figures] of Object.entries(options.sitting ?? {})) {
    days.set(key, { ...(days.get(key) ?? getEmptyDayFigures()), ...figures });
  }
  const weeksBack = options.weeksBack ?? 0;
  return buildWeekSummary({
    week: getWeekBounds(now, zone, weekStartsOn, weeksBack),
    previousWeek: getWeekBounds(now, zone, weekStartsOn, weeksBack + 1),
    events,
    getDay: (date) => days.get(date),
    firstRecordAt: events.length ? Math.min(...events.map((e) => e.at)) : null,
    now,
    timeZone: zone,
    workingDays: getWorkingDays(getDefaultSettings()),
  });
}
