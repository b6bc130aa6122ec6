import Store from 'electron-store';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings/schema';
import { migrateSettingsFile, SETTINGS_SCHEMA_VERSION } from '../../shared/settings/migrations';
import { repairSettings, type SettingsProblem } from '../../shared/settings/repair';
import { message, type Message } from '../../shared/i18n/message';
import { getErrorCause } from '../error-cause';
import { formatText } from '../i18n';
import type { ProblemReporter, ProblemReport } from '../problems';
import { readJsonFile, removeLeftoverTemps, writeJsonFile, type UnreadableFile } from './json-file';

export { SETTINGS_SCHEMA_VERSION };

interface SettingsFile {
  schemaVersion: number;
  settings: unknown;
}

export interface SettingsStore {
  readonly settings: Settings;
  /** What was wrong with the file on disk when it was read; emptied by the first save. */
  readonly problems: SettingsProblem[];
  /** Why the file was set aside at open (it was not JSON); null once a save replaced it. */
  readonly setAside: Message | null;
  /**
   * The file, and why, when the system refused to read it at open: defaults are in use,
   * saves apply in memory only and the file is never written this session. Null otherwise.
   */
  readonly unreadable: UnreadableFile | null;
  /** The settings file's full path. */
  readonly filePath: string;
  save(settings: Settings): void;
  /** Calls `listener` after every save; returns the unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
}

/**
 * electron-store reads the file; it never writes it. Its writer (conf + atomically) retries
 * a refused write synchronously for about a second, which freezes the main thread on a
 * read-only folder, so every write goes through `writeJsonFile`: one try, a clear error.
 * No `defaults`, or conf would write them back at open.
 */
function open(dir: string): Store<SettingsFile> {
  return new Store<SettingsFile>({
    cwd: dir,
    name: 'settings',
    // A file saved by an editor that adds a UTF-8 byte-order mark is still JSON to us.
    deserialize: (text) => JSON.parse(text.replace(/^\uFEFF/, '')) as SettingsFile,
  });
}

const SAVE_PROBLEM_KEY = 'settings:save';

function describeSaveFailure(path: string, error: unknown): ProblemReport {
  return {
    key: SAVE_PROBLEM_KEY,
    message: message('data.settings.saveFailed', { file: path, cause: getErrorCause(error) }),
    kept: message('data.settings.saveKept'),
    action: message('data.settings.saveAction'),
  };
}

/** A save killed mid-write leaves a temp file; a read-only folder keeps it, which is fine. */
function removeTempsOfKilledSaves(path: string): void {
  try {
    removeLeftoverTemps(path);
  } catch {
    // Nothing to clean, or not allowed to: the next start tries again.
  }
}

/** Opens the file; one that is not JSON at all is set aside, never silently overwritten. */
function openOrSetAside(
  dir: string,
  wallNow: number,
): { store: Store<SettingsFile>; setAside: Message | null } {
  const path = join(dir, 'settings.json');
  try {
    return { store: open(dir), setAside: null };
  } catch (error) {
    const aside = join(dir, `settings.unreadable-${wallNow}.json`);
    if (existsSync(path)) renameSync(path, aside);
    console.warn(`[settings] ${path} set aside: ${String(error)}`);
    const reason = message('data.reason.notJson');
    return {
      store: open(dir),
      setAside: message('data.settings.setAside', { reason, file: aside }),
    };
  }
}

/**
 * Loads settings: older files are migrated (the old file kept as a backup), invalid keys
 * fall back to defaults and are reported, valid keys are kept. The file on disk is
 * rewritten only by a migration or a save, so a hand edit is never lost silently.
 */
export function openSettingsStore(
  dir: string,
  wallNow: number,
  /** Where a refused save is reported (the problems channel); tests may leave it out. */
  reporter?: ProblemReporter,
): SettingsStore {
  const problems: SettingsProblem[] = [];
  // The file as written, read before conf opens it: conf merges the defaults in (and
  // writes that back), which would hide a hand-written file without the wrapper.
  const path = join(dir, 'settings.json');
  const raw = readJsonFile(path);
  const original = raw.kind === 'ok' ? readFileSync(path) : null;
  const unreadable = raw.kind === 'unreadable' ? raw.unreadable : null;
  // conf would throw on a file it cannot read, or take it for damage and move it aside.
  const opened = unreadable ? null : openOrSetAside(dir, wallNow);
  const filePath = opened?.store.path ?? path;
  let setAside = opened?.setAside ?? null;
  // A file nobody could read may hold settings worth keeping: rather than refuse every
  // change (and protective mode with it), saves apply for this session and the file stays
  // as it is until a restart reads it. The problems channel says the changes are not kept.
  const write = (settings: unknown): void => {
    if (!unreadable) writeJsonFile(filePath, { schemaVersion: SETTINGS_SCHEMA_VERSION, settings });
  };
  removeTempsOfKilledSaves(filePath);
  const existed = original !== null;
  const migrated = migrateSettingsFile(raw.kind === 'ok' ? raw.value : {});
  problems.push(...migrated.problems);
  const from = migrated.fromVersion;
  if (existed && from !== null && from !== SETTINGS_SCHEMA_VERSION) {
    const suffix = migrated.newer ? `-${wallNow}` : '';
    // The bytes as they were before conf opened the file, not conf's rewrite of them.
    writeFileSync(join(dir, `settings.v${from}-backup${suffix}.json`), original);
    if (!migrated.newer) {
      write(migrated.settings);
    }
  }
  const repaired = repairSettings(migrated.settings);
  problems.push(...repaired.problems);
  let current = repaired.settings;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get settings() {
      return current;
    },
    problems,
    get setAside() {
      return setAside;
    },
    unreadable,
    filePath,
    save(settings) {
      // Memory follows the disk: a write that throws leaves the old settings in force.
      try {
        write(settings);
      } catch (error) {
        const failure = describeSaveFailure(filePath, error);
        reporter?.report(failure);
        // The window shows this one line: in the person's language (main knows it by now).
        throw new Error(formatText(failure.message), { cause: error });
      }
      reporter?.resolve(SAVE_PROBLEM_KEY);
      current = settings;
      // The file now holds valid settings: what was wrong with it is history.
      problems.splice(0);
      setAside = null;
      listeners.forEach((listener) => listener(settings));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
