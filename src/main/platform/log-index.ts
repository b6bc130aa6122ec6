import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyDayChange, type DayEntry } from '../../core/day-index';
import { getStreakCalendarKey, linkDays, type StreakCalendar } from '../../core/streak';
import {
  indexName,
  readDayIndex,
  writeDayIndex,
  type DayIndexFile,
  type MonthLinks,
} from './day-index-file';
import { readJournalAfter } from './journal-read';
import { journalName, type MonthFile } from './month-file';

export interface LogIndexDeps {
  dir: string;
  listMonths(): string[];
  /** A month still written to: its journal is in memory and is never indexed on disk. */
  isOpen(month: string): boolean;
  /** The journal kept in memory for an open month; null when it cannot be read. */
  openJournal(month: string): MonthFile | null;
  /** The journal of `month` if it is in memory already (appended to, or read whole). */
  loadedJournal(month: string): MonthFile | null;
  timeZone: string;
  /** A finished month's journal, read once to rebuild its index; null when unreadable. */
  readOnce(month: string): MonthFile | null;
}

export interface LogIndex {
  days(month: string): Record<string, DayEntry>;
  /** The streak ending on care day `date`; 0 if it is no care day. */
  link(date: string, calendar: StreakCalendar): number;
  /** The missed working days forgiven inside the streak ending on care day `date`. */
  forgiven(date: string, calendar: StreakCalendar): number;
  /** A change reached `month`: what was counted from it, and from later months, is stale. */
  invalidateFrom(month: string): void;
}

/**
 * Day figures and streak links per month: from the journal for open months, from the
 * stored index for finished ones (rebuilt when missing, damaged or stale). Links chain
 * month to month, so reading a streak needs the month it ends in and the one before.
 */
/** Lines after an open month's stored index beyond which a fresh open writes it again. */
const OPEN_TAIL_LINES = 48;

export function createLogIndex(deps: LogIndexDeps): LogIndex {
  const indexes = new Map<string, DayIndexFile>();
  const links = new Map<string, MonthLinks>();

  const save = (month: string, index: DayIndexFile) => {
    try {
      writeDayIndex(deps.dir, month, index);
    } catch (error) {
      // Only a cache: the journal stays the record, and the index is rebuilt next time.
      console.warn(`[log] could not write the day index of ${month}: ${String(error)}`);
    }
  };

  const index = (month: string): DayIndexFile | null => {
    if (!deps.listMonths().includes(month)) return null;
    if (deps.isOpen(month)) return openIndex(month);
    const cached = indexes.get(month);
    if (cached) return cached;
    const path = join(deps.dir, journalName(month));
    const size = existsSync(path) ? statSync(path).size : -1;
    const stored = readDayIndex(deps.dir, month);
    if (stored && stored.journalBytes === size) {
      indexes.set(month, stored);
      return stored;
    }
    const file = deps.readOnce(month);
    if (!file) return null;
    const rebuilt: DayIndexFile = { journalBytes: file.bytes(), days: file.days };
    indexes.set(month, rebuilt);
    save(month, rebuilt);
    return rebuilt;
  };

  /**
   * An open month on a fresh open: its stored index and the lines written after it, so
   * the cost is the days so far, not a parse of every line. In memory once appended to.
   */
  const openIndex = (month: string): DayIndexFile | null => {
    const loaded = deps.loadedJournal(month);
    if (loaded) return { journalBytes: loaded.bytes(), days: loaded.days };
    const cached = indexes.get(month);
    if (cached) return cached;
    const stored = readDayIndex(deps.dir, month);
    let after: ReturnType<typeof readJournalAfter> = null;
    try {
      after = stored ? readJournalAfter(deps.dir, month, stored.journalBytes) : null;
    } catch {
      // Unreadable now: the full open below reports it.
    }
    if (stored && after) {
      const days = structuredClone(stored.days);
      for (const change of after.changes) applyDayChange(days, change, deps.timeZone);
      const current: DayIndexFile = { journalBytes: after.size, days };
      indexes.set(month, current);
      if (after.changes.length > OPEN_TAIL_LINES) save(month, current);
      return current;
    }
    const file = deps.openJournal(month);
    if (!file) return null;
    const built: DayIndexFile = { journalBytes: file.bytes(), days: file.days };
    // The next fresh open reads this and the lines after it.
    save(month, { journalBytes: built.journalBytes, days: structuredClone(built.days) });
    return built;
  };

  const monthLinks = (month: string, calendar: StreakCalendar, key: string): MonthLinks => {
    const cached = links.get(month);
    if (cached?.key === key) return cached;
    const found = index(month);
    if (found?.links?.key === key && !deps.isOpen(month)) {
      links.set(month, found.links);
      return found.links;
    }
    const earlier = deps.listMonths().filter((other) => other < month);
    const previous = earlier.at(-1);
    const before = previous === undefined ? null : monthLinks(previous, calendar, key);
    const linked: MonthLinks = {
      key,
      ...linkDays(before?.tail ?? null, found?.days ?? {}, calendar),
    };
    links.set(month, linked);
    if (found && !deps.isOpen(month)) {
      const withLinks = { ...found, links: linked };
      indexes.set(month, withLinks);
      save(month, withLinks);
    }
    return linked;
  };

  return {
    days: (month) => index(month)?.days ?? {},
    link: (date, calendar) =>
      monthLinks(date.slice(0, 7), calendar, getStreakCalendarKey(calendar)).byDate[date] ?? 0,
    forgiven: (date, calendar) =>
      monthLinks(date.slice(0, 7), calendar, getStreakCalendarKey(calendar)).forgiven?.[date] ?? 0,
    invalidateFrom(month) {
      for (const cache of [indexes, links]) {
        for (const key of [...cache.keys()]) if (key >= month) cache.delete(key);
      }
      // A late line in a finished month: later months' stored links counted without it.
      for (const later of deps.listMonths()) {
        if (later > month && !deps.isOpen(later)) {
          rmSync(join(deps.dir, indexName(later)), { force: true });
        }
      }
    },
  };
}
