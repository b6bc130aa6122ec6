import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DayEntry } from '../../core/day-index';
import type { StreakLink } from '../../core/streak';
import { writeDurably } from './durable-file';

/**
 * The day index of a month (`days-YYYY-MM.json`): a cache of what its journal adds up
 * to, with the streak links counted through it once the month is over. It is valid for
 * one journal size; a missing, damaged or stale index is rebuilt from the journal and
 * written again. The open month's index covers the journal's first `journalBytes`: a
 * fresh open adds the lines written after it (log-index `openIndex`).
 */

export const INDEX_VERSION = 1;

export const indexName = (month: string) => `days-${month}.json`;

const isCount = (value: unknown) =>
  typeof value === 'number' && value >= 0 && Number.isFinite(value);
const FIGURES = ['careSeconds', 'sittingSeconds', 'longestBoutSeconds', 'boutsOver60'] as const;
const OUTCOME_KEYS = ['completed', 'partial', 'natural', 'skipped', 'snoozed', 'missed'] as const;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A hand-written check: this file is read on every start, and a schema library costs more. */
function isEntry(value: unknown): value is DayEntry {
  if (!isObject(value) || !FIGURES.every((key) => isCount(value[key]))) return false;
  const { outcomes, exercises } = value;
  if (!isObject(outcomes) || !OUTCOME_KEYS.every((key) => isCount(outcomes[key]))) return false;
  return (
    isObject(exercises) &&
    Object.values(exercises).every(
      (tally) => isObject(tally) && isCount(tally.count) && isCount(tally.seconds),
    )
  );
}

function isLinks(value: unknown): value is MonthLinks {
  if (!isObject(value) || typeof value.key !== 'string' || !isObject(value.byDate)) return false;
  if (!Object.values(value.byDate).every(isCount)) return false;
  const { tail, forgiven } = value;
  if (forgiven !== undefined && !(isObject(forgiven) && Object.values(forgiven).every(isCount)))
    return false;
  return tail === null || (isObject(tail) && typeof tail.date === 'string' && isCount(tail.streak));
}

function isIndex(value: unknown): value is DayIndexFile & { version: number } {
  if (!isObject(value) || value.version !== INDEX_VERSION || !isCount(value.journalBytes))
    return false;
  const { days, links } = value;
  if (!isObject(days)) return false;
  for (const [date, entry] of Object.entries(days)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isEntry(entry)) return false;
  }
  return links === undefined || isLinks(links);
}

/** Streak links of one month under one calendar, and the last of them. */
export interface MonthLinks {
  key: string;
  byDate: Record<string, number>;
  /** Days forgiven inside the streak ending on a care day; absent: none. */
  forgiven?: Record<string, number>;
  tail: StreakLink | null;
}

export interface DayIndexFile {
  journalBytes: number;
  days: Record<string, DayEntry>;
  links?: MonthLinks;
}

/** The stored index of `month`, or null when it is missing, damaged or of another version. */
export function readDayIndex(dir: string, month: string): DayIndexFile | null {
  const path = join(dir, indexName(month));
  if (!existsSync(path)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!isIndex(parsed)) return null;
    return { journalBytes: parsed.journalBytes, days: parsed.days, links: parsed.links };
  } catch {
    // Unreadable or not JSON: it is only a cache, rebuilt from the journal.
    return null;
  }
}

export function writeDayIndex(dir: string, month: string, index: DayIndexFile): void {
  writeDurably(join(dir, indexName(month)), JSON.stringify({ version: INDEX_VERSION, ...index }));
}
