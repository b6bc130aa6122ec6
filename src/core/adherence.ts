import type { AdherenceEvent, DayFigures, Outcome, OutcomeCounts } from '../shared/domain';
import type { SittingBout } from './engine-types';

/** A bout this long or longer counts as a long sitting bout in the summary. */
export const LONG_BOUT_SECONDS = 60 * 60;

/** At least this much care makes a day count for the streak and "days with care". */
export const CARE_DAY_SECONDS = 60;

export const OUTCOMES: readonly Outcome[] = [
  'completed',
  'partial',
  'natural',
  'skipped',
  'snoozed',
  'missed',
];

export function getEmptyOutcomes(): OutcomeCounts {
  return { completed: 0, partial: 0, natural: 0, skipped: 0, snoozed: 0, missed: 0 };
}

/** A snooze postpones a break rather than ending it, so it is not counted as one. */
export function isCountedBreak(outcome: Outcome): boolean {
  return outcome !== 'snoozed';
}

/** The person moved: they did the routine (fully or partly) or stood up on their own. */
export function isTaken(outcome: Outcome): boolean {
  return outcome === 'completed' || outcome === 'partial' || outcome === 'natural';
}

/** Seconds of exercise held in one event, every side of every exercise. */
export function getCareSeconds(event: Pick<AdherenceEvent, 'exercises'>): number {
  let total = 0;
  for (const exercise of event.exercises) {
    for (const seconds of exercise.heldSeconds) total += seconds;
  }
  return total;
}

export function getEmptyDayFigures(): DayFigures {
  return { careSeconds: 0, sittingSeconds: 0, longestBoutSeconds: 0, boutsOver60: 0 };
}

/** A day's figures with one more logged prompt. */
export function addEventToDay(day: DayFigures, event: AdherenceEvent): DayFigures {
  return { ...day, careSeconds: day.careSeconds + getCareSeconds(event) };
}

/** A day's figures with one more finished sitting bout. */
export function addBoutToDay(day: DayFigures, bout: SittingBout): DayFigures {
  const seconds = Math.max(0, Math.round(bout.seconds));
  // Standing at a standing desk is kept apart: it is not sitting.
  if (bout.stance === 'standing')
    return { ...day, standingSeconds: (day.standingSeconds ?? 0) + seconds };
  return {
    ...day,
    sittingSeconds: day.sittingSeconds + seconds,
    longestBoutSeconds: Math.max(day.longestBoutSeconds, seconds),
    boutsOver60: day.boutsOver60 + (seconds >= LONG_BOUT_SECONDS ? 1 : 0),
  };
}
