import Store from 'electron-store';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings/schema';
import { migrateSettingsFile, SETTINGS_SCHEMA_VERSION } from '../../shared/settings/migrations';
import { repairSettings, type SettingsProblem } from '../../shared/settings/repair';

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
  });
}

/** Opens the file; one that is not JSON at all is set aside, never silently overwritten. */
function openOrSetAside(dir: string, wallNow: number, problems: SettingsProblem[]) {
  const path = join(dir, 'settings.json');
  try {
    return { store: open(dir), existed: existsSync(path) };
  } catch (error) {
    const aside = join(dir, `settings.unreadable-${wallNow}.json`);
    if (existsSync(path)) renameSync(path, aside);
    problems.push({
      path: '',
      message: `The settings file could not be read (${String(error)}); it was moved to ${aside} and defaults are in use.`,
    });
    return { store: open(dir), existed: false };
  }
}

/**
 * Loads settings: older files are migrated (the old file kept as a backup), invalid keys
 * fall back to defaults and are reported, valid keys are kept. The file on disk is
 * rewritten only by a migration or a save, so a hand edit is never lost silently.
 */
export function openSettingsStore(dir: string, wallNow: number): SettingsStore {
  const problems: SettingsProblem[] = [];
  const { store, existed } = openOrSetAside(dir, wallNow, problems);
  const migrated = migrateSettingsFile(existed ? store.store : {});
  problems.push(...migrated.problems);
  const from = migrated.fromVersion;
  if (existed && from !== null && from !== SETTINGS_SCHEMA_VERSION) {
    const suffix = migrated.newer ? `-${wallNow}` : '';
    copyFileSync(store.path, join(dir, `settings.v${from}-backup${suffix}.json`));
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
      current = settings;
      store.set({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings });
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
