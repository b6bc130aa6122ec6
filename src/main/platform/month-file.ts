import Store from 'electron-store';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { LogProblem } from '../../shared/domain';
import { getEmptyMonth, migrateMonth, type MonthData } from './log-migrations';

/** One month of the log, held in memory after the first read; writes go through electron-store. */
export interface MonthFile {
  readonly month: string;
  readonly data: MonthData;
  /** Ids already in this month, so a repeated append is not recorded twice. */
  readonly ids: Set<string>;
  /** Writes `data` atomically (electron-store/conf: temp file, fsync, rename). */
  save(): void;
}

export const monthFileName = (month: string) => `adherence-${month}.json`;

/** Matches month files only, never leftovers such as `.tmp-…` or set-aside files. */
export const MONTH_FILE = /^adherence-(\d{4}-\d{2})\.json$/;

export interface MonthFileOptions {
  timeZone: string;
  now(): number;
  problems: LogProblem[];
}

function openStore(dir: string, month: string): Store<MonthData> {
  // No defaults: with none, electron-store never writes on open, so a file that is
  // not what we expect is left exactly as it was until we set it aside.
  return new Store<MonthData>({ cwd: dir, name: `adherence-${month}`, clearInvalidConfig: false });
}

function setAside(dir: string, month: string, reason: string, options: MonthFileOptions): void {
  const path = join(dir, monthFileName(month));
  const aside = join(dir, `adherence-${month}.corrupt-${options.now()}.json`);
  renameSync(path, aside);
  options.problems.push({
    file: aside,
    message:
      `The history file for ${month} could not be read (${reason}). It was moved to ${aside} ` +
      'so nothing in it is lost; breaks from that month are missing from the summary. ' +
      'The rest of your history is intact.',
  });
  console.warn(`[log] set aside ${path}: ${reason}`);
}

/**
 * Opens one month. A missing file gives an empty month (created on the first save);
 * a file that is not JSON, or not a log of a known version, is renamed aside with a
 * problem for the person, and the month starts empty. Older versions are migrated and
 * written back.
 */
export function openMonthFile(dir: string, month: string, options: MonthFileOptions): MonthFile {
  let store: Store<MonthData>;
  let data: MonthData = getEmptyMonth();
  const exists = existsSync(join(dir, monthFileName(month)));
  try {
    store = openStore(dir, month);
    if (exists) {
      const result = migrateMonth(store.store, options.timeZone);
      if (result.ok) {
        data = result.data;
        if (result.migrated) store.store = data;
      } else {
        setAside(dir, month, result.reason, options);
      }
    }
  } catch (error) {
    // Only damaged content is set aside; a file we may not read (permissions, I/O) is
    // left where it is and the error reaches the person.
    if (!(error instanceof SyntaxError)) {
      throw new Error(`Could not read the history file for ${month}: ${String(error)}`, {
        cause: error,
      });
    }
    setAside(dir, month, error.message, options);
    store = openStore(dir, month);
  }
  const ids = new Set(data.events.map((event) => event.id));
  return {
    month,
    data,
    ids,
    save: () => {
      store.store = data;
    },
  };
}
