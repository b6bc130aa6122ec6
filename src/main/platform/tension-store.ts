import Store from 'electron-store';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsProblem } from '../../shared/settings/repair';
import { tensionCheckInSchema, type TensionCheckIn } from '../../shared/tension';

export const TENSION_SCHEMA_VERSION = 1;
/** Ten years of weekly check-ins; older ones are dropped first. */
const MAX_CHECK_INS = 520;

interface TensionFile {
  schemaVersion: number;
  checkIns: unknown[];
}

export interface TensionStore {
  readAll(): TensionCheckIn[];
  append(checkIn: TensionCheckIn): void;
  /** What was wrong with the file when it was read; empty when all was well. */
  readonly problems: SettingsProblem[];
}

function open(dir: string): Store<TensionFile> {
  return new Store<TensionFile>({
    cwd: dir,
    name: 'tension',
    defaults: { schemaVersion: TENSION_SCHEMA_VERSION, checkIns: [] },
  });
}

/**
 * The weekly tension check-ins, one small JSON file. Entries that fail validation are
 * reported and skipped (kept on disk until the next write); an unreadable file is set
 * aside with a message, never replaced silently.
 */
export function openTensionStore(dir: string, wallNow: number): TensionStore {
  const problems: SettingsProblem[] = [];
  let store: Store<TensionFile>;
  try {
    store = open(dir);
  } catch (error) {
    const path = join(dir, 'tension.json');
    const aside = join(dir, `tension.unreadable-${wallNow}.json`);
    if (existsSync(path)) renameSync(path, aside);
    problems.push({
      path: '',
      message: `The tension file could not be read (${String(error)}); it was moved to ${aside}.`,
    });
    store = open(dir);
  }
  const raw = store.get('checkIns');
  const checkIns: TensionCheckIn[] = [];
  (Array.isArray(raw) ? raw : []).forEach((entry, index) => {
    const parsed = tensionCheckInSchema.safeParse(entry);
    if (parsed.success) checkIns.push(parsed.data);
    else
      problems.push({ path: `checkIns.${index}`, message: 'An unreadable check-in was skipped' });
  });
  return {
    problems,
    readAll: () => [...checkIns],
    append(checkIn) {
      checkIns.push(checkIn);
      if (checkIns.length > MAX_CHECK_INS) checkIns.splice(0, checkIns.length - MAX_CHECK_INS);
      store.set({ schemaVersion: TENSION_SCHEMA_VERSION, checkIns });
    },
  };
}
