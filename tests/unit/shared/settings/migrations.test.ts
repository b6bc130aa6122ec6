import { describe, expect, it } from 'vitest';
import {
  migrateSettingsFile,
  SETTINGS_SCHEMA_VERSION,
} from '../../../../src/shared/settings/migrations';
import { repairSettings } from '../../../../src/shared/settings/repair';
import { inEnglish } from '../../../support/settings-problems';

describe('settings migrations', () => {
  it('takes the skeleton shape (version 1) to the current version, keeping every value', () => {
    const migrated = migrateSettingsFile({
      schemaVersion: 1,
      settings: {
        theme: 'dark',
        breaks: { postureEveryMinutes: 40 },
        safety: { pressureAllowed: true },
      },
    });
    expect(migrated).toMatchObject({ fromVersion: 1, newer: false, problems: [] });
    const { settings, problems } = repairSettings(migrated.settings);
    expect(problems).toEqual([]);
    expect(settings.theme).toBe('dark');
    expect(settings.breaks.postureEveryMinutes).toBe(40);
    expect(settings.onboarding).toEqual({ completedAt: null, skipped: false });
    expect(SETTINGS_SCHEMA_VERSION).toBe(3);
  });

  it('gives a hand-turned-off pressure setting of version 1 a reason to show', () => {
    const migrated = migrateSettingsFile({
      schemaVersion: 1,
      settings: { safety: { pressureAllowed: false } },
    });
    expect(repairSettings(migrated.settings).settings.safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['unspecified'],
    });
  });

  it('reads a file without a version or wrapper as version 1', () => {
    expect(migrateSettingsFile({ theme: 'light' })).toMatchObject({
      fromVersion: 1,
      settings: { theme: 'light', onboarding: { completedAt: null } },
    });
    const odd = migrateSettingsFile({ schemaVersion: 'x', settings: {} });
    expect(odd.fromVersion).toBe(1);
    expect(inEnglish(odd.problems)[0]?.message).toMatch(/Unknown settings version "x"/);
  });

  it('leaves a newer file untouched and says so', () => {
    const migrated = migrateSettingsFile({ schemaVersion: 9, settings: { theme: 'dark' } });
    expect(migrated).toMatchObject({ fromVersion: 9, newer: true, settings: { theme: 'dark' } });
    expect(inEnglish(migrated.problems)[0]?.message).toMatch(/newer Unknot/);
  });

  it('version 2 → 3: keeps every answer, but pressure waits for the four new questions', () => {
    const answeredNo = migrateSettingsFile({
      schemaVersion: 2,
      settings: {
        safety: { pressureAllowed: true, contraindications: [], clearedByProfessionalAt: null },
        onboarding: { completedAt: 5, skipped: false },
      },
    });
    const { settings, problems } = repairSettings(answeredNo.settings);
    expect(problems).toEqual([]);
    expect(settings.safety).toMatchObject({
      pressureAllowed: false,
      answeredAt: null,
      answers: { anticoagulants: false, pregnancy: false, diagnosedPain: false },
    });
    expect(settings.safety.answers.cancer).toBeUndefined();

    const yes = repairSettings(
      migrateSettingsFile({
        schemaVersion: 2,
        settings: {
          safety: { pressureAllowed: false, contraindications: ['pregnancy', 'unspecified'] },
          onboarding: { completedAt: null, skipped: false },
        },
      }).settings,
    ).settings.safety;
    expect(yes).toMatchObject({
      pressureAllowed: false,
      contraindications: ['pregnancy', 'unspecified'],
      answers: { pregnancy: true },
    });
    expect(yes.answers.anticoagulants).toBeUndefined();

    const cleared = repairSettings(
      migrateSettingsFile({
        schemaVersion: 2,
        settings: {
          safety: {
            pressureAllowed: true,
            contraindications: ['fragileBones'],
            clearedByProfessionalAt: 9,
          },
        },
      }).settings,
    ).settings.safety;
    expect(cleared).toMatchObject({ pressureAllowed: true, answeredAt: 9 });
  });
});
