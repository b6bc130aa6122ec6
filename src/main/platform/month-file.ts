import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { applyDayChange, type DayEntry } from '../../core/day-index';
import { formatJournalLine, parseJournal, type JournalLine } from '../../core/journal-format';
import { migrateMonth } from '../../core/log-migrations';
import type { AdherenceEvent, LogProblem } from '../../shared/domain';
import { message } from '../../shared/i18n/message';
import { appendDurably, renameDurably, writeDurably } from './durable-file';

/** One month of the log, read once (one parse) and then kept in memory. */
export interface MonthFile {
  readonly month: string;
  readonly events: AdherenceEvent[];
  readonly days: Record<string, DayEntry>;
  /** Ids already in this month, so a repeated append is not recorded twice. */
  readonly ids: Set<string>;
  /** Size of the journal as read and appended: the day index is valid for exactly this. */
  readonly bytes: () => number;
  /** The engine state of the last break end in this month, with when it was written. */
  lastEngine(): Required<Pick<JournalLine, 'engine' | 'writtenAt'>> | null;
  /** Exercises of breaks done, at the time their line was written (the engine's rotation). */
  readonly done: { exerciseId: string; at: number }[];
  /** Appends one line (fsynced), then adds it to memory: memory never claims more than disk. */
  append(change: JournalLine): void;
}

export const journalName = (month: string) => `adherence-${month}.jsonl`;
/** The month file of schema 1 and 2 (electron-store JSON), migrated to a journal on open. */
export const legacyName = (month: string) => `adherence-${month}.json`;

/** Matches journals and legacy month files only, never leftovers or set-aside files. */
export const MONTH_FILE = /^adherence-(\d{4}-\d{2})\.jsonl?$/;

export interface MonthFileOptions {
  timeZone: string;
  now(): number;
  report(problem: LogProblem): void;
}

function setAside(dir: string, name: string, reason: string, options: MonthFileOptions): string {
  const aside = join(dir, name.replace(/\.(jsonl?)$/, `.corrupt-${options.now()}.$1`));
  renameDurably(join(dir, name), aside);
  return aside;
}

/** Schema 1 or 2 → journal lines: each event, and each day's sitting figures. */
function migrateLegacy(dir: string, month: string, options: MonthFileOptions): void {
  const name = legacyName(month);
  let raw: unknown;
  let result: ReturnType<typeof migrateMonth>;
  let notJson = false;
  try {
    raw = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
    result = migrateMonth(raw, options.timeZone);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    result = { ok: false, reason: error.message };
    notJson = true;
  }
  if (!result.ok) {
    const aside = setAside(dir, name, result.reason, options);
    console.warn(`[log] ${name} set aside: ${result.reason}`);
    const reason = message(notJson ? 'data.reason.notJson' : 'data.reason.badShape');
    options.report({
      file: aside,
      text: message('data.log.setAside', { month, reason, file: aside }),
    });
    return;
  }
  const lines = result.data.events.map((event) => formatJournalLine({ event }));
  for (const [date, day] of Object.entries(result.data.days)) {
    const { sittingSeconds, longestBoutSeconds, boutsOver60 } = day;
    if (sittingSeconds > 0) {
      lines.push(
        formatJournalLine({ sitting: { date, sittingSeconds, longestBoutSeconds, boutsOver60 } }),
      );
    }
  }
  // The journal is whole on disk before the old file moves: a crash in between only
  // leaves both, and the old one is migrated again over a journal that is replaced.
  writeDurably(join(dir, journalName(month)), lines.join(''));
  renameDurably(join(dir, name), join(dir, `adherence-${month}.migrated-${options.now()}.json`));
}

/**
 * Opens one month. A missing file gives an empty month (created on the first append). A
 * torn last line (a write cut short) is moved aside and cut off; damaged lines are
 * skipped, reported and left on disk. A file that cannot be read at all (permissions,
 * I/O) throws: the caller keeps its appends in memory and tries again.
 */
export function openMonthFile(dir: string, month: string, options: MonthFileOptions): MonthFile {
  const path = join(dir, journalName(month));
  if (!existsSync(path) && existsSync(join(dir, legacyName(month)))) {
    migrateLegacy(dir, month, options);
  }
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const parsed = parseJournal(text);
  let bytes = Buffer.byteLength(text);
  let needsNewline = parsed.missingNewline;
  if (parsed.torn !== null) {
    const aside = join(dir, `adherence-${month}.torn-${options.now()}.txt`);
    writeDurably(aside, parsed.torn);
    truncateSync(path, parsed.wholeBytes);
    bytes = parsed.wholeBytes;
    options.report({ file: aside, text: message('data.log.torn', { month, file: aside }) });
  }
  if (parsed.damagedLines.length > 0) {
    const { damagedLines } = parsed;
    options.report({
      file: path,
      text: message('data.log.damagedLines', {
        count: damagedLines.length,
        month,
        lines: damagedLines.join(', '),
      }),
    });
  }
  const events: AdherenceEvent[] = [];
  const days: Record<string, DayEntry> = {};
  const ids = new Set<string>();
  const done: { exerciseId: string; at: number }[] = [];
  let lastEngine: Required<Pick<JournalLine, 'engine' | 'writtenAt'>> | null = null;
  const add = (change: JournalLine) => {
    const { writtenAt, event } = change;
    if (change.engine && writtenAt !== undefined) {
      lastEngine = { engine: change.engine, writtenAt };
    }
    if (
      writtenAt !== undefined &&
      (event?.outcome === 'completed' || event?.outcome === 'partial')
    ) {
      for (const record of event.exercises)
        done.push({ exerciseId: record.exerciseId, at: writtenAt });
      if (done.length > 200) done.splice(0, done.length - 100);
    }
    if (change.event) {
      if (ids.has(change.event.id)) change = { ...change, event: undefined };
      else {
        ids.add(change.event.id);
        events.push(change.event);
      }
    }
    applyDayChange(
      days,
      { event: change.event, bout: change.bout, sitting: change.sitting },
      options.timeZone,
    );
  };
  parsed.changes.forEach(add);
  return {
    month,
    events,
    days,
    ids,
    bytes: () => bytes,
    lastEngine: () => lastEngine,
    done,
    append(change) {
      const line = `${needsNewline ? '\n' : ''}${formatJournalLine(change)}`;
      appendDurably(path, line);
      needsNewline = false;
      bytes += Buffer.byteLength(line);
      add(change);
    },
  };
}
