import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PersistedEngineState } from '../../core/engine-types';
import { parseJournal, type JournalLine } from '../../core/journal-format';
import { journalName, legacyName } from './month-file';

/**
 * Partial reads of a month's journal, for a fresh open that needs only its end: the
 * lines after a stored day index, or the latest engine state. Each gives null when only
 * a full open can answer (a legacy file to migrate, a torn or damaged line to report):
 * the caller then opens the month as usual.
 */

/** Bytes `from` to the end of `path`, as UTF-8 text; null when `from` is past the end. */
function readFrom(path: string, from: number): { text: string; size: number } | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (from > size) return null;
    const buffer = Buffer.alloc(size - from);
    let read = 0;
    while (read < buffer.length) {
      const got = readSync(fd, buffer, read, buffer.length - read, from + read);
      if (got === 0) break;
      read += got;
    }
    return { text: buffer.toString('utf8', 0, read), size: from + read };
  } finally {
    closeSync(fd);
  }
}

const journalPath = (dir: string, month: string): string | null =>
  existsSync(join(dir, legacyName(month))) ? null : join(dir, journalName(month));

/** The lines written after the first `from` bytes, and the journal's size; null: open it. */
export function readJournalAfter(
  dir: string,
  month: string,
  from: number,
): { changes: JournalLine[]; size: number } | null {
  const path = journalPath(dir, month);
  if (path === null || !existsSync(path)) return null;
  const tail = readFrom(path, from);
  if (!tail) return null;
  const parsed = parseJournal(tail.text);
  if (parsed.torn !== null || parsed.damagedLines.length > 0) return null;
  return { changes: parsed.changes, size: tail.size };
}

export interface JournalEnd {
  engine: { engine: PersistedEngineState; writtenAt: number } | null;
  /** Exercises of breaks done, oldest first (as MonthFile.done). */
  done: { exerciseId: string; at: number }[];
}

const FIRST_WINDOW = 16 * 1024;

/**
 * The latest engine state and at least `wantDone` exercises done (or all there are),
 * read from the end of the journal in growing windows: a start costs the last break
 * ends, not the month so far. A window's first, partial line is left out.
 */
export function readJournalEnd(dir: string, month: string, wantDone: number): JournalEnd | null {
  const path = journalPath(dir, month);
  if (path === null) return null;
  if (!existsSync(path)) return { engine: null, done: [] };
  const size = statSync(path).size;
  for (let window = FIRST_WINDOW; ; window *= 4) {
    const from = Math.max(0, size - window);
    const part = readFrom(path, from);
    if (!part) return null;
    const text = from === 0 ? part.text : part.text.slice(part.text.indexOf('\n') + 1);
    const { changes } = parseJournal(text);
    let engine: JournalEnd['engine'] = null;
    const done: JournalEnd['done'] = [];
    for (const change of changes) {
      const { writtenAt, event } = change;
      if (writtenAt === undefined) continue;
      if (change.engine) engine = { engine: change.engine, writtenAt };
      if (event?.outcome === 'completed' || event?.outcome === 'partial') {
        for (const record of event.exercises)
          done.push({ exerciseId: record.exerciseId, at: writtenAt });
      }
    }
    if (from === 0 || (engine && done.length >= wantDone)) {
      return { engine, done };
    }
  }
}

/**
 * The engine state of the latest break end and the last 100 exercises done: from the
 * newest month, and the one before it when the newest has too few (a month's start).
 */
export function findLatestEngine(
  months: readonly string[],
  end: (month: string, wantDone: number) => JournalEnd | null,
): (NonNullable<JournalEnd['engine']> & Pick<JournalEnd, 'done'>) | null {
  const [latest, previous] = months.slice(-2).reverse();
  const newest = latest === undefined ? null : end(latest, 100);
  let found = newest?.engine ?? null;
  let done = newest?.done ?? [];
  if (previous !== undefined && (!found || done.length < 100)) {
    const older = end(previous, 100 - done.length);
    found ??= older?.engine ?? null;
    done = [...(older?.done ?? []), ...done];
  }
  return found ? { ...found, done: done.slice(-100) } : null;
}
