import Store from 'electron-store';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PersistedEngineState } from '../../core/engine-types';

/**
 * The engine's restart state (pause, snoozes, last breaks) in `engine-state.json`.
 * A file that is not JSON is set aside, one with a bad shape is reported; either way
 * the engine starts fresh, which loses nothing the adherence log holds.
 */

const epochMs = z.number().finite();

const persistedSchema = z.object({
  version: z.literal(1),
  pausedUntil: z.union([epochMs, z.literal('indefinitely'), z.null()]),
  snoozeCount: z.number().int().min(0).max(100),
  lastBreakAt: z.object({ posture: epochMs.optional(), movement: epochMs.optional() }),
  recentExercises: z
    .array(z.object({ exerciseId: z.string().min(1).max(64), at: epochMs }))
    .max(500),
  savedAt: epochMs.optional(),
}) satisfies z.ZodType<PersistedEngineState>;

interface StateFile {
  engine: unknown;
}

export interface EngineStateStore {
  /** The saved state, or undefined when there was none or it could not be used. */
  readonly saved: PersistedEngineState | undefined;
  readonly problems: string[];
  save(state: PersistedEngineState): void;
}

function open(dir: string): Store<StateFile> {
  return new Store<StateFile>({ cwd: dir, name: 'engine-state', defaults: { engine: null } });
}

export function openEngineStateStore(dir: string, wallNow: number): EngineStateStore {
  const problems: string[] = [];
  let store: Store<StateFile>;
  try {
    store = open(dir);
  } catch (error) {
    const path = join(dir, 'engine-state.json');
    const aside = join(dir, `engine-state.unreadable-${wallNow}.json`);
    if (existsSync(path)) renameSync(path, aside);
    problems.push(
      `The engine state could not be read (${String(error)}); it was moved to ${aside}.`,
    );
    store = open(dir);
  }
  const raw = store.get('engine');
  let saved: PersistedEngineState | undefined;
  if (raw !== null && raw !== undefined) {
    const parsed = persistedSchema.safeParse(raw);
    if (parsed.success) saved = parsed.data;
    else
      problems.push(
        `The engine state was not usable (${parsed.error.issues[0]?.message ?? 'bad shape'}); starting fresh.`,
      );
  }
  return {
    saved,
    problems,
    save(state) {
      store.set('engine', state);
    },
  };
}
