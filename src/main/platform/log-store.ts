import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toDayFigures, type DayEntry } from '../../core/day-index';
import type { JournalLine } from '../../core/journal-format';
import type { PersistedEngineState, SittingBout } from '../../core/engine-types';
import type { StreakCalendar } from '../../core/streak';
import { getDayKey, getDayStart, getMonthKey, getMonthKeysBetween } from '../../core/summary-week';
import type { AdherenceEvent, DayFigures, LogProblem } from '../../shared/domain';
import { message } from '../../shared/i18n/message';
import { english } from '../../shared/i18n/translator';
import { getErrorCause } from '../error-cause';
import { removeTemps } from './durable-file';
import { findLatestEngine, readJournalEnd } from './journal-read';
import { createLogIndex } from './log-index';
import { createPendingWrites } from './log-pending';
import { MONTH_FILE, journalName, openMonthFile, type MonthFile } from './month-file';

export interface LogStore {
  append(event: AdherenceEvent): void;
  /** Adds a finished sitting bout to the figures of the day it started. */
  recordBout(bout: SittingBout): void;
  /** One journal line for several changes at once (a break end: its prompt, its bout, the engine state). */
  record(change: JournalLine): void;
  /**
   * The engine state written with the latest break end, and when, with the exercises done
   * in the last two months (lines carry no exercise list of their own); null if none.
   */
  getLatestEngineState(): LoggedEngineState | null;
  readMonth(month: string): AdherenceEvent[];
  /** Events with `from <= at < to` (wall-clock epoch ms), oldest first. */
  readRange(from: number, to: number): AdherenceEvent[];
  /** The stored figures of one local date (yyyy-MM-dd). */
  getDay(date: string): DayFigures | undefined;
  /** Everything the day index holds for one local date. */
  getDayEntry(date: string): DayEntry | undefined;
  /** The streak ending on care day `date` under `calendar` (core/streak `linkCareDay`). */
  getStreakLink(date: string, calendar: StreakCalendar): number;
  /** The missed working days forgiven inside that streak. */
  getStreakForgiven(date: string, calendar: StreakCalendar): number;
  /** Wall time of the oldest record; null for an empty log. */
  getFirstRecordAt(): number | null;
  /**
   * When the log begins, as far as a summary of the weeks from `from` on needs to know:
   * exact if the first record is in the month of `from` or later; otherwise the start of
   * the first month (any earlier moment gives the same summary).
   */
  getHistoryStart(from: number): number | null;
  /** Months with a journal, oldest first. */
  listMonths(): string[];
  /** One month's events (oldest first) and day figures, read without keeping them. */
  readMonthOnce(month: string): { events: AdherenceEvent[]; days: Record<string, DayFigures> };
  /** The whole history, for export: reads every month file. */
  readAll(): { events: AdherenceEvent[]; days: Record<string, DayFigures> };
  /** Tries the writes the disk refused again, oldest first; true when none is left. */
  retryPending(): boolean;
  /** Changes held in memory because the disk refused them. */
  readonly pendingCount: number;
  /** Files found unreadable, set aside or refused so far, in the order found. */
  readonly problems: readonly LogProblem[];
  /** Calls `listener` with each new problem; returns the unsubscribe. */
  onProblem(listener: (problem: LogProblem) => void): () => void;
}

/** "2026-11": the month file an event at `wall` goes to (the local month; the OS zone by default). */
export function monthKey(wall: number, timeZone = localZone()): string {
  return getMonthKey(wall, timeZone);
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface LoggedEngineState {
  engine: PersistedEngineState;
  writtenAt: number;
  done: { exerciseId: string; at: number }[];
}

export interface LogStoreOptions {
  timeZone?: string;
  /** Wall clock, for naming set-aside files and knowing which month is still open. */
  now?: () => number;
}

const figuresOf = (days: Record<string, DayEntry>) =>
  Object.fromEntries(Object.entries(days).map(([date, day]) => [date, toDayFigures(day)]));

/**
 * The adherence log: one append-only journal per local month under `dir/history`, and a
 * day index per finished month. An append is one fsynced line; a summary reads the days
 * it shows (the open month's journal, finished months' indexes), never the history.
 */
export function openLogStore(dataDir: string, options: LogStoreOptions = {}): LogStore {
  const dir = join(dataDir, 'history');
  const timeZone = options.timeZone ?? localZone();
  const now = options.now ?? (() => Date.now());
  const problems: LogProblem[] = [];
  const listeners = new Set<(problem: LogProblem) => void>();
  const report = (problem: LogProblem) => {
    problems.push(problem);
    console.warn(`[log] ${english.format(problem.text)}`);
    listeners.forEach((listener) => listener(problem));
  };
  const fileOptions = { timeZone, now, report };
  const journals = new Map<string, MonthFile>();
  const appended = new Set<string>();
  let months: string[] | null = null;
  let firstRecordAt: number | null | undefined;
  /**
   * Why `history` could not be listed (a file in its place, a folder we may not read);
   * null once it could. While it stands the store reads and writes nothing there (a day
   * index or journal written blind could replace what it holds): months look empty,
   * outcomes wait in memory (log-pending) and each retry lists the folder again.
   */
  let folderFault: unknown = null;

  const fault = (error: unknown): void => {
    if (folderFault === null) {
      console.warn(`[log] ${dir} cannot be listed: ${String(error)}`);
      report({
        file: dir,
        text: message('data.log.folderUnreadable', { folder: dir, cause: getErrorCause(error) }),
        kept: message('data.log.folderKept'),
        action: message('data.log.folderAction', { folder: dir }),
      });
    }
    folderFault = error;
  };
  /** Lists the months in the folder; true when it could be listed. */
  const listFolder = (): boolean => {
    try {
      months = existsSync(dir)
        ? [...new Set(readdirSync(dir).flatMap((name) => MONTH_FILE.exec(name)?.[1] ?? []))].sort()
        : [];
    } catch (error) {
      fault(error);
      return false;
    }
    if (folderFault !== null) {
      // Listed at last: what was worked out from the empty view is dropped.
      folderFault = null;
      firstRecordAt = undefined;
      index = createIndex();
    }
    return true;
  };
  const listMonths = (): string[] => {
    if (months === null && folderFault === null) listFolder();
    return months ?? [];
  };
  const journal = (month: string): MonthFile => {
    if (folderFault !== null) throw folderFault;
    let file = journals.get(month);
    if (!file) {
      file = openMonthFile(dir, month, fileOptions);
      journals.set(month, file);
    }
    return file;
  };
  const pending = createPendingWrites({
    write: (change, month) => {
      if (folderFault !== null && !listFolder()) throw folderFault;
      if (!listMonths().includes(month)) months = [...listMonths(), month].sort();
      const file = journal(month);
      if (change.event && file.ids.has(change.event.id)) return;
      file.append(change);
    },
    report,
    describe: (month) => join(dir, journalName(month)),
  });
  /** A read of the folder: nothing while it cannot be listed, a failure reported per month. */
  const readDisk = <T>(month: string, read: () => T): T | null =>
    folderFault === null ? pending.tryRead(month, read) : null;
  const readable = (month: string): MonthFile | null =>
    listMonths().includes(month) ? readDisk(month, () => journal(month)) : null;
  const readOnce = (month: string): MonthFile | null =>
    journals.get(month) ?? readDisk(month, () => openMonthFile(dir, month, fileOptions));
  const isOpen = (month: string) => month >= getMonthKey(now(), timeZone) || appended.has(month);
  const createIndex = () =>
    createLogIndex({
      dir,
      listMonths,
      isOpen,
      openJournal: readable,
      loadedJournal: (month) => journals.get(month) ?? null,
      timeZone,
      readOnce,
    });
  let index = createIndex();
  try {
    // Temp files of writes a crash cut short: their targets are whole.
    removeTemps(dir, ['adherence-', 'days-']);
  } catch (error) {
    fault(error);
  }

  const noteRecord = (at: number) => {
    if (firstRecordAt !== undefined && (firstRecordAt === null || at < firstRecordAt)) {
      firstRecordAt = at;
    }
  };
  const record = (change: JournalLine): void => {
    const { event, bout } = change;
    // Each part lives in the month of its own day: a bout that began last month, before
    // a break just after midnight on the 1st, is a line of its own there.
    if (event && bout && getMonthKey(bout.start, timeZone) !== getMonthKey(event.at, timeZone)) {
      record({ bout });
      return record({ ...change, bout: undefined });
    }
    const at = event?.at ?? bout?.start;
    if (at === undefined) return;
    const month = getMonthKey(at, timeZone);
    appended.add(month);
    if (folderFault === null && !listMonths().includes(month)) {
      months = [...listMonths(), month].sort();
    }
    pending.add(change, month);
    index.invalidateFrom(month);
    noteRecord(change.event ? at : getDayStart(getDayKey(at, timeZone), timeZone));
  };
  const monthEvents = (month: string) => readable(month)?.events ?? [];
  const firstOf = (file: MonthFile): number | null => {
    // Prompts give exact times; a month with only sitting figures gives its first day.
    const times = file.events.length
      ? file.events.map((event) => event.at)
      : Object.keys(file.days).map((date) => getDayStart(date, timeZone));
    return times.length ? Math.min(...times) : null;
  };
  const readMonthOnce = (month: string) => {
    const file = readOnce(month);
    return {
      events: [...(file?.events ?? [])].sort((a, b) => a.at - b.at),
      days: figuresOf(file?.days ?? {}),
    };
  };

  return {
    get problems() {
      return problems;
    },
    get pendingCount() {
      return pending.count;
    },
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    append: (event) => record({ event }),
    recordBout: (bout) => (bout.seconds > 0 ? record({ bout }) : undefined),
    record: (change) =>
      record(change.bout && !(change.bout.seconds > 0) ? { ...change, bout: undefined } : change),
    retryPending: () => pending.retry(),
    getLatestEngineState: () =>
      findLatestEngine(listMonths(), (month, wantDone) => {
        // In memory already, or read from its end: a start does not parse the month whole.
        const file =
          journals.get(month) ??
          readDisk(month, () => readJournalEnd(dir, month, wantDone)) ??
          readable(month);
        return file && ('ids' in file ? { engine: file.lastEngine(), done: file.done } : file);
      }),
    readMonth: (month) => [...monthEvents(month)],
    readRange(from, to) {
      if (!(to > from)) return [];
      return getMonthKeysBetween(from, to - 1, timeZone)
        .flatMap(monthEvents)
        .filter((event) => event.at >= from && event.at < to)
        .sort((a, b) => a.at - b.at);
    },
    getDayEntry: (date) => index.days(date.slice(0, 7))[date],
    getDay(date) {
      const entry = index.days(date.slice(0, 7))[date];
      return entry ? toDayFigures(entry) : undefined;
    },
    getStreakLink: (date, calendar) => index.link(date, calendar),
    getStreakForgiven: (date, calendar) => index.forgiven(date, calendar),
    listMonths: () => [...listMonths()],
    getFirstRecordAt() {
      if (firstRecordAt === undefined) {
        firstRecordAt = null;
        for (const month of listMonths()) {
          const file = readable(month);
          const first = file ? firstOf(file) : null;
          if (first !== null) {
            firstRecordAt = first;
            break;
          }
        }
      }
      return firstRecordAt;
    },
    getHistoryStart(from) {
      if (firstRecordAt !== undefined) return firstRecordAt;
      const first = listMonths()[0];
      if (first !== undefined && first < getMonthKey(from, timeZone)) {
        return getDayStart(`${first}-01`, timeZone);
      }
      return this.getFirstRecordAt();
    },
    readMonthOnce,
    readAll() {
      const events: AdherenceEvent[] = [];
      const days: Record<string, DayFigures> = {};
      for (const month of listMonths()) {
        const part = readMonthOnce(month);
        events.push(...part.events);
        Object.assign(days, part.days);
      }
      return { events, days };
    },
  };
}
