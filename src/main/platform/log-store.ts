import Store from 'electron-store';
import { join } from 'node:path';
import type { AdherenceEvent } from '../../shared/domain';

interface MonthFile {
  schemaVersion: number;
  events: AdherenceEvent[];
}

export interface LogStore {
  append(event: AdherenceEvent): void;
  readMonth(month: string): AdherenceEvent[];
  /** Events with `from <= at < to` (wall-clock epoch ms), oldest first. */
  readRange(from: number, to: number): AdherenceEvent[];
}

/** Every month key from the month of `from` to the month of `to`, inclusive. */
function monthsBetween(from: number, to: number): string[] {
  const keys: string[] = [];
  const cursor = new Date(from);
  cursor.setDate(1);
  cursor.setHours(0, 0, 0, 0);
  while (cursor.getTime() < to) {
    keys.push(monthKey(cursor.getTime()));
    cursor.setMonth(cursor.getMonth() + 1);
  }
  return keys;
}

/** "2026-11" for an epoch-ms time, in local time. */
export function monthKey(wall: number): string {
  const date = new Date(wall);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The adherence log: one store file per month, so an append rewrites one month,
 * however long the history.
 */
export function openLogStore(dir: string): LogStore {
  const months = new Map<string, Store<MonthFile>>();
  const monthStore = (month: string): Store<MonthFile> => {
    let store = months.get(month);
    if (!store) {
      store = new Store<MonthFile>({
        cwd: join(dir, 'history'),
        name: `adherence-${month}`,
        defaults: { schemaVersion: 1, events: [] },
      });
      months.set(month, store);
    }
    return store;
  };
  return {
    append(event) {
      const store = monthStore(monthKey(event.at));
      store.set('events', [...store.get('events'), event]);
    },
    readMonth(month) {
      return monthStore(month).get('events');
    },
    readRange(from, to) {
      return monthsBetween(from, to)
        .flatMap((month) => monthStore(month).get('events'))
        .filter((event) => event.at >= from && event.at < to)
        .sort((a, b) => a.at - b.at);
    },
  };
}
