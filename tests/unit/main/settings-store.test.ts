import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import {
  openSettingsStore,
  SETTINGS_SCHEMA_VERSION,
} from '../../../src/main/platform/settings-store';
import { tempDirPerTest } from '../../support/temp-dir';
import { inEnglish } from '../../support/settings-problems';

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('settings store: hand-edited files (real electron-store files)', () => {
  it('keeps every valid key of an invalid file, resets the rest and reports each one', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    const edited = {
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings: {
        theme: 'dark',
        breaks: { postureEveryMinutes: 45, snoozeLimit: 99, strict: 'yes' },
        sound: { enabled: false, volume: 3 },
        shortcuts: { enabled: true, breakNow: 'Q', pauseHour: 'Alt+Shift+P' },
        workingHours: { enabled: true, days: { mon: [{ start: '18:00', end: '08:00' }] } },
        unknownKey: 1,
      },
    };
    writeFileSync(file, JSON.stringify(edited));
    const store = openSettingsStore(dir, NOW);
    const defaults = getDefaultSettings();
    expect(store.settings).toMatchObject({
      theme: 'dark',
      breaks: { postureEveryMinutes: 45, snoozeLimit: defaults.breaks.snoozeLimit, strict: false },
      sound: { enabled: false, volume: defaults.sound.volume },
      shortcuts: { enabled: true, breakNow: defaults.shortcuts.breakNow, pauseHour: 'Alt+Shift+P' },
      workingHours: { enabled: true, days: { mon: defaults.workingHours.days.mon } },
    });
    expect(store.problems.map((p) => p.path).sort()).toEqual([
      'breaks.snoozeLimit',
      'breaks.strict',
      'shortcuts.breakNow',
      'sound.volume',
      'workingHours.days.mon',
    ]);
    expect(inEnglish(store.problems).find((p) => p.path === 'breaks.snoozeLimit')?.message).toBe(
      'At most 5 snoozes',
    );
    // The hand edit stays on disk until the person saves: nothing is lost silently.
    expect(readJson(file)).toEqual(edited);
    store.save(store.settings);
    expect(readJson(file).settings.breaks.snoozeLimit).toBe(defaults.breaks.snoozeLimit);
    expect(store.problems).toEqual([]);
  });
});

describe('settings store: migrations (real files)', () => {
  it('migrates the skeleton shape {schemaVersion: 1, settings} and keeps a backup', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    const skeleton = {
      schemaVersion: 1,
      settings: {
        ...getDefaultSettings(),
        breaks: { ...getDefaultSettings().breaks, postureEveryMinutes: 25 },
        theme: 'light',
        safety: { pressureAllowed: false, contraindications: [] },
        onboarding: undefined,
      },
    };
    writeFileSync(file, JSON.stringify(skeleton));
    const store = openSettingsStore(dir, NOW);
    expect(store.problems).toEqual([]);
    expect(store.settings.breaks.postureEveryMinutes).toBe(25);
    expect(store.settings.theme).toBe('light');
    expect(store.settings.safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['unspecified'],
      clearedByProfessionalAt: null,
      answeredAt: null,
    });
    expect(store.settings.onboarding).toEqual({ completedAt: null, skipped: false });
    const onDisk = readJson(file);
    expect(onDisk.schemaVersion).toBe(3);
    expect(onDisk.settings.breaks.postureEveryMinutes).toBe(25);
    expect(readJson(join(dir, 'settings.v1-backup.json'))).toEqual(skeleton);
    // A second start finds the current version and migrates nothing.
    const again = openSettingsStore(dir, NOW + 1);
    expect(again.settings).toEqual(store.settings);
    expect(readdirSync(dir).filter((name) => name.includes('backup'))).toHaveLength(1);
  });

  it('keeps a copy of a file from a newer version and does not rewrite it on open', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    const newer = { schemaVersion: 7, settings: { theme: 'dark', futureThing: { a: 1 } } };
    writeFileSync(file, JSON.stringify(newer));
    const store = openSettingsStore(dir, NOW);
    expect(store.settings.theme).toBe('dark');
    expect(inEnglish(store.problems)[0]?.message).toMatch(/newer Unknot/);
    expect(readJson(file)).toEqual(newer);
    expect(readJson(join(dir, `settings.v7-backup-${NOW}.json`))).toEqual(newer);
  });

  it('starts a fresh folder with defaults and no file until the first save', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, NOW);
    expect(store.settings).toEqual(getDefaultSettings());
    expect(store.problems).toEqual([]);
    expect(existsSync(join(dir, 'settings.v1-backup.json'))).toBe(false);
  });
});
