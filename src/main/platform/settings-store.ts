import Store from 'electron-store';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings/schema';
import { migrateSettingsFile, SETTINGS_SCHEMA_VERSION } from '../../shared/settings/migrations';
import { repairSettings, type SettingsProblem } from '../../shared/settings/repair';
import { readJsonFile } from './json-file';

export { SETTINGS_SCHEMA_VERSION };

interface SettingsFile {
  schemaVersion: number;
  settings: unknown;
}

export interface SettingsStore {
  readonly settings: Settings;
  /** What was wrong with the file on disk when it was read; emptied by the first save. */
  readonly problems: SettingsProblem[];
  /** The settings file's full path. */
  readonly filePath: string;
  save(settings: Settings): void;
  /** Calls `listener` after every save; returns the unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
}

function open(dir: string): Store<SettingsFile> {
  return new Store<SettingsFile>({
    cwd: dir,
    name: 'settings',
    defaults: { schemaVersion: SETTINGS_SCHEMA_VERSION, settings: {} },
    // A file saved by an editor that adds a UTF-8 byte-order mark is still JSON to us.
    deserialize: (text) => JSON.parse(text.replace(/^\uFEFF/, '')) as SettingsFile,
  });
}

/** Opens the file; one that is not JSON at all is set aside, never silently overwritten. */
function openOrSetAside(dir: string, wallNow: number, problems: SettingsProblem[]) {
  const path = join(dir, 'settings.json');
  try {
    return { store: open(dir) };
  } catch (error) {
    const aside = join(dir, `settings.unreadable-${wallNow}.json`);
    if (existsSync(path)) renameSync(path, aside);
    problems.push({
      path: '',
      message: `The settings file could not be read (${String(error)}); it was moved to ${aside} and defaults are in use.`,
    });
    return { store: open(dir) };
  }
}

/**
 * Loads settings: older files are migrated (the old file kept as a backup), invalid keys
 * fall back to defaults and are reported, valid keys are kept. The file on disk is
 * rewritten only by a migration or a save, so a hand edit is never lost silently.
 */
export function openSettingsStore(dir: string, wallNow: number): SettingsStore {
  const problems: SettingsProblem[] = [];
  // The file as written, read before conf opens it: conf merges the defaults in (and
  // writes that back), which would hide a hand-written file without the wrapper.
  const path = join(dir, 'settings.json');
  const raw = readJsonFile(path);
  const original = raw.kind === 'ok' ? readFileSync(path) : null;
  const { store } = openOrSetAside(dir, wallNow, problems);
  const existed = original !== null;
  const migrated = migrateSettingsFile(raw.kind === 'ok' ? raw.value : {});
  problems.push(...migrated.problems);
  const from = migrated.fromVersion;
  if (existed && from !== null && from !== SETTINGS_SCHEMA_VERSION) {
    const suffix = migrated.newer ? `-${wallNow}` : '';
    // The bytes as they were before conf opened the file, not conf's rewrite of them.
    writeFileSync(join(dir, `settings.v${from}-backup${suffix}.json`), original);
    if (!migrated.newer) {
      store.set({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings: migrated.settings });
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
    filePath: store.path,
    save(settings) {
      // Memory follows the disk: a write that throws leaves the old settings in force.
      store.set({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings });
      current = settings;
      // The file now holds valid settings: what was wrong with it is history.
      problems.splice(0);
      listeners.forEach((listener) => listener(settings));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
