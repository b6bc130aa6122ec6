import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DayEntry } from '../../core/day-index';
import type { StreakLink } from '../../core/streak';
import { writeDurably } from './durable-file';

/**
 * The day index of a finished month (`days-YYYY-MM.json`): a cache of what its journal
 * adds up to, with the streak links counted through it. It is valid for one journal
 * size; a missing, damaged or stale index is rebuilt from the journal and written again.
 * The current month is never indexed on disk: its journal is read at start anyway.
 */

export const INDEX_VERSION = 1;

export const indexName = (month: string) => `days-${month}.json`;

const count = z.number().finite().nonnegative();

const entrySchema = z.object({
  careSeconds: count,
  sittingSeconds: count,
  longestBoutSeconds: count,
  boutsOver60: count,
  outcomes: z.object({
    completed: count,
    partial: count,
    natural: count,
    skipped: count,
    snoozed: count,
    missed: count,
  }),
  exercises: z.record(z.string(), z.object({ count, seconds: count })),
});

const linkSchema = z.object({ date: z.string(), streak: count });

const indexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  journalBytes: count,
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), entrySchema),
  links: z
    .object({
      key: z.string(),
      byDate: z.record(z.string(), count),
      tail: linkSchema.nullable(),
    })
    .optional(),
});

/** Streak links of one month under one calendar, and the last of them. */
export interface MonthLinks {
  key: string;
  byDate: Record<string, number>;
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
    const parsed = indexSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // Unreadable or not JSON: it is only a cache, rebuilt from the journal.
    return null;
  }
}

export function writeDayIndex(dir: string, month: string, index: DayIndexFile): void {
  writeDurably(join(dir, indexName(month)), JSON.stringify({ version: INDEX_VERSION, ...index }));
}
