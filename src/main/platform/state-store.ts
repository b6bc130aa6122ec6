import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PersistedEngineState } from '../../core/engine-types';
import { message, type Message } from '../../shared/i18n/message';
import {
  readJsonFile,
  removeLeftoverTemps,
  setFileAside,
  writeJsonFile,
  type UnreadableFile,
} from './json-file';

/**
 * The engine's restart state (pause, snoozes, last breaks) in `engine-state.json`.
 * A file that is not JSON, or not of this shape, is set aside with its bytes kept and
 * the engine starts fresh, which loses nothing the adherence log holds. A file the system
 * will not let us read is left alone and never written this session (see `save`).
 */

const epochMs = z.number().finite();

/** The IPC contract lets exercise ids of up to 128 characters through: so does this file. */
const MAX_ID_LENGTH = 128;

const persistedSchema = z.object({
  version: z.literal(1),
  pausedUntil: z.union([epochMs, z.literal('indefinitely'), z.null()]),
  snoozeCount: z.number().int().min(0).max(100),
  lastBreakAt: z.object({ posture: epochMs.optional(), movement: epochMs.optional() }),
  recentExercises: z
    .array(z.object({ exerciseId: z.string().min(1).max(MAX_ID_LENGTH), at: epochMs }))
    .max(500),
  releaseOfferedAt: epochMs.optional(),
  savedAt: epochMs.optional(),
}) satisfies z.ZodType<PersistedEngineState>;

export interface EngineStateStore {
  /** The saved state, or undefined when there was none or it could not be used. */
  readonly saved: PersistedEngineState | undefined;
  /** Why the saved state was set aside; empty when it was used (or there was none). */
  readonly problems: Message[];
  /** The file, and why, when the system refused to read it at open; null otherwise. */
  readonly unreadable: UnreadableFile | null;
  /** Writes the state; throws when the disk refused it (the caller retries). */
  save(state: PersistedEngineState): void;
}

/** What the file holds, or why it cannot be used. */
function readState(path: string): {
  saved?: PersistedEngineState;
  unusable?: Message;
  unreadable?: UnreadableFile;
} {
  const read = readJsonFile(path);
  if (read.kind === 'missing') return {};
  if (read.kind === 'unreadable') return { unreadable: read.unreadable };
  if (read.kind === 'damaged') return { unusable: message('data.reason.notJson') };
  const engine =
    typeof read.value === 'object' && read.value !== null
      ? (read.value as { engine?: unknown }).engine
      : undefined;
  // electron-store wrote `{ "engine": null }` before the first save.
  if (engine === null) return {};
  const parsed = persistedSchema.safeParse(engine);
  if (parsed.success) return { saved: parsed.data };
  console.warn(`[engine-state] unusable: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  return { unusable: message('data.reason.badShape') };
}

export function openEngineStateStore(dir: string, wallNow: number): EngineStateStore {
  const path = join(dir, 'engine-state.json');
  removeLeftoverTemps(path);
  const problems: Message[] = [];
  const { saved, unusable, unreadable = null } = readState(path);
  if (unusable !== undefined) {
    const aside = setFileAside(path, 'unreadable', wallNow);
    problems.push(message('data.engine.setAside', { reason: unusable, file: aside }));
  }
  return {
    saved,
    problems,
    unreadable,
    save(state) {
      // Only a cache (each break end's journal line holds the engine state): while the
      // file could not be read, the state lives in memory only and the file stays as it
      // is until a restart reads it. Throwing instead would keep a retry going all session.
      if (unreadable) return;
      mkdirSync(dir, { recursive: true });
      writeJsonFile(path, { engine: state });
    },
  };
}
