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
  };
}
