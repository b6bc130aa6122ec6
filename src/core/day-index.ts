import type { AdherenceEvent, DayFigures, OutcomeCounts } from '../shared/domain';
import {
  addBoutToDay,
  addEventToDay,
  getCareSeconds,
  getEmptyDayFigures,
  getEmptyOutcomes,
} from './adherence';
import type { SittingBout } from './engine-types';
import { getDayKey } from './summary-week';

/**
 * The day index: per local day, every figure a window shows (care, prompts by outcome,
 * sitting, the exercises done), so a summary costs the days it shows and never reads the
 * events of the history.
 */

/** How often and how long one exercise was held on one day. */
export interface ExerciseTally {
  count: number;
  seconds: number;
}

export interface DayEntry extends DayFigures {
  outcomes: OutcomeCounts;
  /** By exercise id; only records with held time count. */
  exercises: Record<string, ExerciseTally>;
  /** Prompts that waited for a call, a presentation, do-not-disturb or fullscreen. */
  heldBreaks?: number;
}

/** A day's sitting figures carried over from a month file of schema 2 (bouts were not kept). */
export interface SittingCarry extends Omit<DayFigures, 'careSeconds'> {
  date: string;
}

/** What one journal line adds to the index: a prompt, a bout, or both (or a carry-over). */
export interface DayChange {
  event?: AdherenceEvent;
  bout?: SittingBout;
  sitting?: SittingCarry;
}

export function getEmptyDayEntry(): DayEntry {
  return { ...getEmptyDayFigures(), outcomes: getEmptyOutcomes(), exercises: {} };
}

/** A day's entry with one more prompt: its outcome, its care, its exercises. */
export function addEventToEntry(entry: DayEntry, event: AdherenceEvent): DayEntry {
  const exercises = { ...entry.exercises };
  for (const record of event.exercises) {
    const seconds = getCareSeconds({ exercises: [record] });
    if (seconds <= 0) continue;
    const tally = exercises[record.exerciseId] ?? { count: 0, seconds: 0 };
    exercises[record.exerciseId] = { count: tally.count + 1, seconds: tally.seconds + seconds };
  }
  return {
    ...entry,
    ...addEventToDay(entry, event),
    outcomes: { ...entry.outcomes, [event.outcome]: entry.outcomes[event.outcome] + 1 },
    exercises,
    ...(event.held ? { heldBreaks: (entry.heldBreaks ?? 0) + 1 } : {}),
  };
}

export function addBoutToEntry(entry: DayEntry, bout: SittingBout): DayEntry {
  return { ...entry, ...addBoutToDay(entry, bout) };
}

/** Adds one change to `days` in place, each part to the local day it happened on. */
export function applyDayChange(
  days: Record<string, DayEntry>,
  change: DayChange,
  timeZone: string,
): void {
  if (change.event) {
    const date = getDayKey(change.event.at, timeZone);
    days[date] = addEventToEntry(days[date] ?? getEmptyDayEntry(), change.event);
  }
  if (change.bout && change.bout.seconds > 0) {
    const date = getDayKey(change.bout.start, timeZone);
    days[date] = addBoutToEntry(days[date] ?? getEmptyDayEntry(), change.bout);
  }
  if (change.sitting) {
    const { date, sittingSeconds, longestBoutSeconds, boutsOver60 } = change.sitting;
    const entry = days[date] ?? getEmptyDayEntry();
    days[date] = {
      ...entry,
      sittingSeconds: entry.sittingSeconds + sittingSeconds,
      longestBoutSeconds: Math.max(entry.longestBoutSeconds, longestBoutSeconds),
      boutsOver60: entry.boutsOver60 + boutsOver60,
    };
  }
}

/** The index of a list of changes, counted from scratch (what a rebuild does). */
export function buildDayIndex(
  changes: readonly DayChange[],
  timeZone: string,
): Record<string, DayEntry> {
  const days: Record<string, DayEntry> = {};
  for (const change of changes) applyDayChange(days, change, timeZone);
  return days;
}

/** The plain figures of an entry, as the export and older callers know them. */
export function toDayFigures(entry: DayEntry): DayFigures {
  return {
    careSeconds: entry.careSeconds,
    sittingSeconds: entry.sittingSeconds,
    longestBoutSeconds: entry.longestBoutSeconds,
    boutsOver60: entry.boutsOver60,
    ...(entry.standingSeconds ? { standingSeconds: entry.standingSeconds } : {}),
  };
}
