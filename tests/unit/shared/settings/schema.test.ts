import { describe, expect, it } from 'vitest';
import { getDefaultSettings, settingsSchema } from '../../../../src/shared/settings/schema';
import { repairSettings } from '../../../../src/shared/settings/repair';
import { inEnglish } from '../../../support/settings-problems';

describe('settings defaults', () => {
  it('follow the evidence: 30 min posture breaks, 3 min natural break, 60 s notice', () => {
    const defaults = getDefaultSettings();
    expect(defaults.breaks).toMatchObject({
      postureEveryMinutes: 30,
      naturalBreakMinutes: 3,
      noticeLeadSeconds: 60,
    });
    expect(settingsSchema.safeParse(defaults).success).toBe(true);
  });
});

describe('repairSettings', () => {
  it('keeps valid keys and resets each invalid key to its default, saying which', () => {
    const { settings, problems } = repairSettings({
      breaks: { postureEveryMinutes: 45, snoozeMinutes: 'five', graceSeconds: -3 },
      theme: 'dark',
      sound: { volume: 9 },
    });
    expect(settings.breaks.postureEveryMinutes).toBe(45);
    expect(settings.theme).toBe('dark');
    expect(settings.breaks.snoozeMinutes).toBe(5);
    expect(settings.breaks.graceSeconds).toBe(30);
    expect(settings.sound.volume).toBe(0.5);
    expect(problems.map((p) => p.path).sort()).toEqual([
      'breaks.graceSeconds',
      'breaks.snoozeMinutes',
      'sound.volume',
    ]);
    expect(inEnglish(problems).find((p) => p.path === 'sound.volume')?.message).toBe(
      'Use a volume from 0 to 100 %',
    );
  });

  it('resets a whole list when one of its items is invalid', () => {
    const { settings, problems } = repairSettings({
      workingHours: {
        days: {
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '14:00', end: '13:00' },
          ],
        },
      },
    });
    expect(settings.workingHours.days.mon).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(inEnglish(problems)).toEqual([
      { path: 'workingHours.days.mon', message: 'The end must be later than the start' },
    ]);
  });

  it('falls back to all defaults for something that is not an object', () => {
    for (const raw of [null, 42, 'x', [1, 2]]) {
      const { settings, problems } = repairSettings(raw);
      expect(settings).toEqual(getDefaultSettings());
      expect(problems).toHaveLength(1);
    }
  });
});
