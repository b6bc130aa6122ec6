import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../../src/core/routine';
import {
  allowPressureAfterProfessional,
  applySafetyAnswers,
  completeOnboarding,
  needsOnboarding,
  turnPressureOff,
} from '../../../src/core/safety-check';
import {
  getDefaultSettings,
  resetSettings,
  settingsSchema,
} from '../../../src/shared/settings/schema';
import { repairSettings } from '../../../src/shared/settings/repair';
import { EXERCISES } from '../../../src/shared/exercises';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const offersPressure = (settings: ReturnType<typeof getDefaultSettings>) =>
  planRoutine({
    kind: 'posture',
    budgetSeconds: 90,
    settings,
    recent: [],
    now: NOW,
    timeZone: 'UTC',
  })
    .map((planned) => EXERCISES.find((e) => e.id === planned.exerciseId)?.kind)
    .includes('pressure');

describe('the safety check', () => {
  it('any "yes" turns pressure off, records why, and the routine stops offering pressure', () => {
    const before = getDefaultSettings();
    expect(offersPressure(before)).toBe(true);
    const after = applySafetyAnswers(before, { pregnancy: true, anticoagulants: false });
    expect(after.safety).toEqual({
      pressureAllowed: false,
      contraindications: ['pregnancy'],
      clearedByProfessionalAt: null,
    });
    expect(offersPressure(after)).toBe(false);
    expect(settingsSchema.safeParse(after).success).toBe(true);
  });

  it('all "no" keeps pressure allowed', () => {
    const after = applySafetyAnswers(getDefaultSettings(), { pregnancy: false });
    expect(after.safety.pressureAllowed).toBe(true);
    expect(after.safety.contraindications).toEqual([]);
  });

  it('a professional clearance turns pressure back on and keeps the reasons', () => {
    const off = applySafetyAnswers(getDefaultSettings(), { fragileBones: true });
    const cleared = allowPressureAfterProfessional(off, NOW);
    expect(cleared.safety).toEqual({
      pressureAllowed: true,
      contraindications: ['fragileBones'],
      clearedByProfessionalAt: NOW,
    });
    expect(turnPressureOff(cleared).safety.pressureAllowed).toBe(false);
    expect(turnPressureOff(getDefaultSettings()).safety.contraindications).toEqual(['unspecified']);
  });

  it('onboarding is needed until finished or skipped, and records equipment and answers', () => {
    const fresh = getDefaultSettings();
    expect(needsOnboarding(fresh)).toBe(true);
    const done = completeOnboarding(fresh, {
      at: NOW,
      skipped: false,
      equipment: { ball: false, wall: true, doorway: true, chair: true },
      answers: { recentInjury: true },
    });
    expect(needsOnboarding(done)).toBe(false);
    expect(done.equipment.ball).toBe(false);
    expect(done.safety.pressureAllowed).toBe(false);
    const skipped = completeOnboarding(fresh, { at: NOW, skipped: true });
    expect(skipped.onboarding).toEqual({ completedAt: NOW, skipped: true });
    expect(skipped.safety).toEqual(fresh.safety);
  });
});

describe('reset to defaults', () => {
  it('resets one section and leaves the others and the safety answers alone', () => {
    let settings = applySafetyAnswers(getDefaultSettings(), { bloodClots: true });
    settings = {
      ...settings,
      theme: 'dark',
      breaks: { ...settings.breaks, postureEveryMinutes: 45 },
    };
    const reset = resetSettings(settings, 'breaks');
    expect(reset.breaks.postureEveryMinutes).toBe(30);
    expect(reset.theme).toBe('dark');
    const all = resetSettings(settings, 'all');
    expect(all.theme).toBe('system');
    expect(all.safety.pressureAllowed).toBe(false);
    expect(all.safety.contraindications).toEqual(['bloodClots']);
  });
});

describe('settings validation messages', () => {
  const issues = (patch: object) => {
    const result = settingsSchema.safeParse({ ...getDefaultSettings(), ...patch });
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('accepts accelerators with a modifier and refuses plain keys or duplicates', () => {
    const shortcuts = { enabled: true, breakNow: 'CommandOrControl+Shift+F5', pauseHour: 'Alt+P' };
    expect(issues({ shortcuts })).toEqual([]);
    expect(issues({ shortcuts: { ...shortcuts, breakNow: 'B' } })).toEqual([
      ['shortcuts.breakNow', 'Use one or more modifiers and a key, such as CommandOrControl+Alt+B'],
    ]);
    expect(issues({ shortcuts: { ...shortcuts, pauseHour: shortcuts.breakNow } })).toEqual([
      ['shortcuts.pauseHour', 'Already used for "Take a break now"'],
    ]);
  });

  it('refuses overlapping working-hour ranges in one day', () => {
    const days = {
      ...getDefaultSettings().workingHours.days,
      tue: [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '15:00' },
      ],
    };
    expect(issues({ workingHours: { enabled: true, days } })).toEqual([
      ['workingHours.days.tue', 'Ranges of one day must not overlap'],
    ]);
  });
});

describe('repairSettings with a fallback (the settings form)', () => {
  it('keeps the last saved value for an invalid field and reports it once', () => {
    const saved = { ...getDefaultSettings(), theme: 'dark' as const };
    saved.breaks = { ...saved.breaks, postureEveryMinutes: 40 };
    const draft = {
      ...saved,
      breaks: { ...saved.breaks, postureEveryMinutes: 5, snoozeMinutes: 9 },
    };
    const { settings, problems } = repairSettings(draft, saved);
    expect(settings.breaks.postureEveryMinutes).toBe(40);
    expect(settings.breaks.snoozeMinutes).toBe(9);
    expect(problems).toEqual([
      { path: 'breaks.postureEveryMinutes', message: 'At least 20 minutes' },
    ]);
  });

  it('settles a rule across fields (the same shortcut twice) without losing the section', () => {
    const defaults = getDefaultSettings();
    const draft = {
      ...defaults,
      shortcuts: { ...defaults.shortcuts, breakNow: defaults.shortcuts.pauseHour },
    };
    const { settings, problems } = repairSettings(draft, defaults);
    expect(settings.shortcuts).toEqual(defaults.shortcuts);
    expect(problems).toEqual([
      { path: 'shortcuts.pauseHour', message: 'Already used for "Take a break now"' },
    ]);
    const fromFile = repairSettings({ shortcuts: { breakNow: 'CommandOrControl+Alt+P' } });
    expect(fromFile.settings.shortcuts).toEqual(defaults.shortcuts);
  });
});
