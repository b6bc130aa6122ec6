import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { durability } from '../src/main/platform/durable-file';
import { DILIGENT, TYPICAL, generateHistory, type Habit } from './office-worker';

export interface HistorySpec {
  name: string;
  days: number;
  habit: Habit;
}

export const HISTORIES: readonly HistorySpec[] = [
  { name: '1 week', days: 7, habit: TYPICAL },
  { name: '1 year', days: 365, habit: TYPICAL },
  { name: '5 years typical', days: 5 * 365 + 1, habit: TYPICAL },
  { name: '5 years diligent', days: 5 * 365 + 1, habit: DILIGENT },
];

/**
 * Bump when the engine or the services change what a simulated person's history holds;
 * the files that decide how it is written are hashed in as well.
 */
const HISTORY_VERSION = 1;
const WRITER_FILES = [
  'src/core/journal-format.ts',
  'src/core/day-index.ts',
  'src/core/log-migrations.ts',
  'src/main/platform/month-file.ts',
  'src/main/platform/log-store.ts',
  'src/main/services.ts',
  'bench/office-worker.ts',
];

function getSourceKey(): string {
  const hash = createHash('sha256').update(String(HISTORY_VERSION));
  for (const file of WRITER_FILES) hash.update(file).update(readFileSync(resolve(file)));
  return hash.digest('hex').slice(0, 16);
}

const CACHE = resolve('node_modules/.cache/unknot-bench');

/**
 * The folder of a history the app's own services wrote for the simulated person, made
 * once per version of the sources and kept under node_modules/.cache. Generating skips
 * fsync (same bytes, minutes faster); measuring works on a fresh copy with fsync on.
 */
export async function getHistoryCopy(spec: HistorySpec): Promise<string> {
  const key = getSourceKey();
  const cached = join(CACHE, `${key}-${spec.name.replace(/\s+/g, '-')}`);
  if (!existsSync(cached)) {
    mkdirSync(CACHE, { recursive: true });
    for (const old of readdirSync(CACHE))
      if (!old.startsWith(key)) rmSync(join(CACHE, old), { recursive: true, force: true });
    const started = Date.now();
    const building = mkdtempSync(join(CACHE, 'building-'));
    durability.fsync = false;
    try {
      await generateHistory(building, spec.days, spec.habit);
    } finally {
      durability.fsync = true;
    }
    renameSync(building, cached);
    console.error(
      `[bench] generated the ${spec.name} history in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const copy = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  cpSync(cached, copy, { recursive: true });
  return copy;
}

/** Bytes under `dir/history`. */
export function getHistoryBytes(dataDir: string): number {
  const dir = join(dataDir, 'history');
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}
