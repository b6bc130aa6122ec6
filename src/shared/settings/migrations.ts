import { message } from '../i18n/message';
import { toSettingsProblem } from './issue-text';
import type { SettingsProblem } from './repair';
import { migrateSafetyToV3 } from './migrate-safety';

/**
 * Versions of the settings file. Each migration takes the settings object of one
 * version to the next; `repairSettings` validates the result afterwards.
 *
 * - 1: the walking skeleton, `{ schemaVersion: 1, settings }`, no first-run check.
 * - 2: first-run record (`onboarding`), safety reasons, professional clearance.
 * - 3: the safety check fails closed and asks more: `answers`, `answeredAt`,
 *   `operationSites`, `protective`; `pressureAllowed` defaults to false.
 */
export const SETTINGS_SCHEMA_VERSION = 3;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MIGRATIONS: Record<number, (settings: Json) => Json> = {
  1: (settings) => {
    const safety = isRecord(settings.safety) ? settings.safety : {};
    const reasons = Array.isArray(safety.contraindications) ? safety.contraindications : [];
    // Version 1 had no safety check: whoever turned pressure off did it by hand.
    const contraindications =
      safety.pressureAllowed === false && reasons.length === 0 ? ['unspecified'] : reasons;
    return {
      ...settings,
      safety: { ...safety, contraindications },
      // Nobody on version 1 has seen the first-run safety check yet.
      onboarding: { completedAt: null, skipped: false },
    };
  },
  2: migrateSafetyToV3,
};

export interface MigratedSettings {
  /** The settings object at the current version (still to be validated). */
  settings: unknown;
  /** The version the file was written with; null when the file said nothing usable. */
  fromVersion: number | null;
  /** True when the file came from a newer Unknot: keep a copy before writing over it. */
  newer: boolean;
  problems: SettingsProblem[];
}

/** Reads the file's version, tolerating hand edits, and runs every migration in order. */
export function migrateSettingsFile(file: unknown): MigratedSettings {
  const problems: SettingsProblem[] = [];
  if (!isRecord(file)) {
    return { settings: {}, fromVersion: null, newer: false, problems };
  }
  // A file without the wrapper is taken as the settings themselves, written by hand.
  const wrapped = 'settings' in file || 'schemaVersion' in file;
  let settings: unknown = wrapped ? file.settings : file;
  let version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    if (wrapped) {
      const written = JSON.stringify(version) ?? String(version);
      problems.push(
        toSettingsProblem(
          'schemaVersion',
          message('settings.error.unknownVersion', { version: written }),
        ),
      );
    }
    version = 1;
  }
  const fromVersion = version as number;
  if (fromVersion > SETTINGS_SCHEMA_VERSION) {
    problems.push(
      toSettingsProblem(
        'schemaVersion',
        message('settings.error.newerVersion', { version: fromVersion }),
      ),
    );
    return { settings, fromVersion, newer: true, problems };
  }
  for (let at = fromVersion; at < SETTINGS_SCHEMA_VERSION; at += 1) {
    const migrate = MIGRATIONS[at];
    if (migrate && isRecord(settings)) settings = migrate(settings);
  }
  return { settings, fromVersion, newer: false, problems };
}
