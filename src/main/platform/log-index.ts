import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DayEntry } from '../../core/day-index';
import { getStreakCalendarKey, linkDays, type StreakCalendar } from '../../core/streak';
import {
  indexName,
  readDayIndex,
  writeDayIndex,
  type DayIndexFile,
  type MonthLinks,
} from './day-index-file';
import { journalName, type MonthFile } from './month-file';

export interface LogIndexDeps {
  dir: string;
  listMonths(): string[];
  /** A month still written to: its journal is in memory and is never indexed on disk. */
  isOpen(month: string): boolean;
  /** The journal kept in memory for an open month; null when it cannot be read. */
  openJournal(month: string): MonthFile | null;
  /** A finished month's journal, read once to rebuild its index; null when unreadable. */
  readOnce(month: string): MonthFile | null;
}

export interface LogIndex {
  days(month: string): Record<string, DayEntry>;
  /** The streak ending on care day `date`; 0 if it is no care day. */
  link(date: string, calendar: StreakCalendar): number;
  /** A change reached `month`: what was counted from it, and from later months, is stale. */
  invalidateFrom(month: string): void;
}

/**
 * Day figures and streak links per month: from the journal for open months, from the
 * stored index for finished ones (rebuilt when missing, damaged or stale). Links chain
 * month to month, so reading a streak needs the month it ends in and the one before.
 */
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
    if (deps.isOpen(month)) {
      const file = deps.openJournal(month);
      return file ? { journalBytes: file.bytes(), days: file.days } : null;
    }
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
