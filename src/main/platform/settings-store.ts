import Store from 'electron-store';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../core/settings';
import { repairSettings, type SettingsProblem } from '../../core/settings-repair';

export const SETTINGS_SCHEMA_VERSION = 1;

interface SettingsFile {
  schemaVersion: number;
  settings: unknown;
}

export interface SettingsStore {
  readonly settings: Settings;
  /** What was wrong with the file on disk when it was read; empty when all was well. */
  readonly problems: SettingsProblem[];
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

/**
 * Loads settings: invalid keys fall back to defaults and are reported, valid keys are
 * kept. A file that is not JSON at all is set aside (never silently overwritten).
 */
export function openSettingsStore(dir: string, wallNow: number): SettingsStore {
  const problems: SettingsProblem[] = [];
  let store: Store<SettingsFile>;
  try {
    store = open(dir);
  } catch (error) {
    const path = join(dir, 'settings.json');
    const aside = join(dir, `settings.unreadable-${wallNow}.json`);
    if (existsSync(path)) renameSync(path, aside);
    problems.push({
      path: '',
      message: `The settings file could not be read (${String(error)}); it was moved to ${aside} and defaults are in use.`,
    });
    store = open(dir);
  }
  const repaired = repairSettings(store.get('settings'));
  problems.push(...repaired.problems);
  let current = repaired.settings;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get settings() {
      return current;
    },
    problems,
    save(settings) {
      current = settings;
      store.set({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings });
      listeners.forEach((listener) => listener(settings));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
