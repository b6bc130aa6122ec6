import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addBoutToDay, addEventToDay, getEmptyDayFigures } from '../../core/adherence';
import type { SittingBout } from '../../core/engine-types';
import { getDayKey, getDayStart, getMonthKey, getMonthKeysBetween } from '../../core/summary-week';
import type { AdherenceEvent, DayFigures, LogProblem } from '../../shared/domain';
import { MONTH_FILE, monthFileName, openMonthFile, type MonthFile } from './month-file';

export interface LogStore {
  append(event: AdherenceEvent): void;
  /** Adds a finished sitting bout to the figures of the day it started. */
  recordBout(bout: SittingBout): void;
  readMonth(month: string): AdherenceEvent[];
  /** Events with `from <= at < to` (wall-clock epoch ms), oldest first. */
  readRange(from: number, to: number): AdherenceEvent[];
  /** The stored figures of one local date (yyyy-MM-dd). */
  getDay(date: string): DayFigures | undefined;
  /** Wall time of the oldest record; null for an empty log. */
  getFirstRecordAt(): number | null;
  /**
   * When the log begins, as far as a summary of the weeks from `from` on needs to know:
   * exact if the first record is in the month of `from` or later; otherwise the start of
   * the first month (any earlier moment gives the same summary), which saves reading the
   * oldest month file.
   */
  getHistoryStart(from: number): number | null;
  /** The whole history, for export: reads every month file. */
  readAll(): { events: AdherenceEvent[]; days: Record<string, DayFigures> };
  /** Files found unreadable so far and set aside, in the order found. */
  readonly problems: readonly LogProblem[];
}

/** "2026-11": the month file an event at `wall` goes to (the local month; the OS zone by default). */
export function monthKey(wall: number, timeZone = localZone()): string {
  return getMonthKey(wall, timeZone);
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Temp files of writes cut short by a crash (`adherence-2026-11.json.tmp-…`): the month
 * file itself is whole (the rename never happened), so they hold nothing of value. The
 * app runs as a single instance, so no other writer can own them.
 */
function removeLeftovers(dir: string, month: string): void {
  if (!existsSync(dir)) return;
  const prefix = `${monthFileName(month)}.tmp-`;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
  }
}

export interface LogStoreOptions {
  timeZone?: string;
  /** Wall clock, for naming set-aside files. */
  now?: () => number;
}

/**
 * The adherence log: one electron-store file per local month under `dir/history`. Only
 * the months asked for are ever read, each once (then kept in memory), and an append
 * rewrites one month, so its cost does not grow with the length of the history.
 */
export function openLogStore(dataDir: string, options: LogStoreOptions = {}): LogStore {
  const dir = join(dataDir, 'history');
  const timeZone = options.timeZone ?? localZone();
  const problems: LogProblem[] = [];
  const fileOptions = { timeZone, now: options.now ?? (() => Date.now()), problems };
  const months = new Map<string, MonthFile | null>();
  let firstRecordAt: number | null | undefined;

  /** A cached month; null for a month with no file (nothing is created by reading). */
  const peek = (month: string): MonthFile | null => {
    if (!months.has(month)) {
      const exists = existsSync(join(dir, monthFileName(month)));
      months.set(month, exists ? openMonthFile(dir, month, fileOptions) : null);
    }
    return months.get(month) ?? null;
  };
  const writable = new Set<string>();
  const forWriting = (month: string): MonthFile => {
    const file = peek(month) ?? openMonthFile(dir, month, fileOptions);
    months.set(month, file);
    if (!writable.has(month)) {
      writable.add(month);
      removeLeftovers(dir, month);
    }
    return file;
  };
  const noteRecord = (at: number) => {
    if (firstRecordAt !== undefined && (firstRecordAt === null || at < firstRecordAt)) {
      firstRecordAt = at;
    }
  };
  const listMonths = (): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .map((name) => MONTH_FILE.exec(name)?.[1])
          .filter((month): month is string => month !== undefined)
          .sort()
      : [];
  const firstOf = (file: MonthFile): number | null => {
    // Prompts give exact times; a month with only sitting figures gives its first day.
    const times = file.data.events.length
      ? file.data.events.map((event) => event.at)
      : Object.keys(file.data.days).map((date) => getDayStart(date, timeZone));
    return times.length ? Math.min(...times) : null;
  };

  return {
    problems,
    append(event) {
      const file = forWriting(getMonthKey(event.at, timeZone));
      if (file.ids.has(event.id)) return;
      const date = getDayKey(event.at, timeZone);
      const days = file.data.days;
      file.data.events.push(event);
      file.data.days = {
        ...days,
        [date]: addEventToDay(days[date] ?? getEmptyDayFigures(), event),
      };
      try {
        file.save();
      } catch (error) {
        // Memory must not claim what the disk does not hold.
        file.data.events.pop();
        file.data.days = days;
        throw error;
      }
      file.ids.add(event.id);
      noteRecord(event.at);
    },
    recordBout(bout) {
      if (!(bout.seconds > 0)) return;
      const file = forWriting(getMonthKey(bout.start, timeZone));
      const date = getDayKey(bout.start, timeZone);
      const days = file.data.days;
      file.data.days = { ...days, [date]: addBoutToDay(days[date] ?? getEmptyDayFigures(), bout) };
      try {
        file.save();
      } catch (error) {
        file.data.days = days;
        throw error;
      }
      noteRecord(getDayStart(date, timeZone));
    },
    readMonth(month) {
      return [...(peek(month)?.data.events ?? [])];
    },
    readRange(from, to) {
      if (!(to > from)) return [];
      return getMonthKeysBetween(from, to - 1, timeZone)
        .flatMap((month) => peek(month)?.data.events ?? [])
        .filter((event) => event.at >= from && event.at < to)
        .sort((a, b) => a.at - b.at);
    },
    getDay(date) {
      return peek(date.slice(0, 7))?.data.days[date];
    },
    getFirstRecordAt() {
      if (firstRecordAt === undefined) {
        firstRecordAt = null;
        for (const month of listMonths()) {
          const file = peek(month);
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
    readAll() {
      const events: AdherenceEvent[] = [];
      const days: Record<string, DayFigures> = {};
      for (const month of listMonths()) {
        const file = peek(month);
        if (!file) continue;
        events.push(...file.data.events);
        Object.assign(days, file.data.days);
      }
      return { events: events.sort((a, b) => a.at - b.at), days };
    },
  };
}
