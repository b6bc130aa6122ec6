import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../../src/core/routine';
import {
  applySafetyAnswers,
  completeOnboarding,
  getPressureOnRefusal,
  needsOnboarding,
  turnPressureOff,
  turnPressureOn,
} from '../../../src/core/safety-check';
import { ALL_NO } from './safety-fixtures';
import { english } from '../../../src/shared/i18n/translator';
import { describeSettingsIssue } from '../../../src/shared/settings/issue-text';
import { inEnglish } from '../../support/settings-problems';
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
    const before = applySafetyAnswers(getDefaultSettings(), ALL_NO, NOW);
    expect(offersPressure(before)).toBe(true);
    const after = applySafetyAnswers(before, { pregnancy: true, anticoagulants: false }, NOW);
    expect(after.safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['pregnancy'],
      clearedByProfessionalAt: null,
      answeredAt: NOW,
    });
    expect(offersPressure(after)).toBe(false);
    expect(settingsSchema.safeParse(after).success).toBe(true);
  });

  it('all "no" allows pressure only once every question has an answer', () => {
    const partial = applySafetyAnswers(getDefaultSettings(), { pregnancy: false }, NOW);
    expect(partial.safety).toMatchObject({ pressureAllowed: false, answeredAt: null });
    expect(offersPressure(partial)).toBe(false);
    const after = applySafetyAnswers(partial, ALL_NO, NOW);
    expect(after.safety.pressureAllowed).toBe(true);
    expect(after.safety.contraindications).toEqual([]);
  });

  it('a professional clearance turns pressure back on and keeps the reasons', () => {
    const off = applySafetyAnswers(getDefaultSettings(), { ...ALL_NO, fragileBones: true }, NOW);
    expect(getPressureOnRefusal(off, false)).toBe('needsProfessional');
    expect(getPressureOnRefusal(off, true)).toBeNull();
    const cleared = turnPressureOn(off, NOW);
    expect(cleared.safety).toMatchObject({
      pressureAllowed: true,
      contraindications: ['fragileBones'],
      clearedByProfessionalAt: NOW,
    });
    expect(offersPressure(cleared)).toBe(true);
    expect(turnPressureOff(cleared).safety.pressureAllowed).toBe(false);
  });

  it('pressure turned off by the person comes back on without any statement', () => {
    const own = turnPressureOff(applySafetyAnswers(getDefaultSettings(), ALL_NO, NOW));
    expect(own.safety.contraindications).toEqual(['unspecified']);
    expect(getPressureOnRefusal(own, false)).toBeNull();
    const back = turnPressureOn(own, NOW);
    expect(back.safety).toMatchObject({ pressureAllowed: true, contraindications: [] });
    expect(back.safety.clearedByProfessionalAt).toBeNull();
  });

  it('pressure cannot be turned on before the questions are answered', () => {
    expect(getPressureOnRefusal(getDefaultSettings(), true)).toBe('unanswered');
  });

  it('onboarding is needed until finished or skipped, and records equipment and answers', () => {
    const fresh = getDefaultSettings();
    expect(needsOnboarding(fresh)).toBe(true);
    const done = completeOnboarding(fresh, {
      at: NOW,
      skipped: false,
      equipment: { ball: false, wall: true, doorway: true, chair: true },
      answers: { ...ALL_NO, recentInjury: true },
      operationSites: ['hip'],
    });
    expect(needsOnboarding(done)).toBe(false);
    expect(done.equipment.ball).toBe(false);
    expect(done.safety).toMatchObject({ pressureAllowed: false, operationSites: ['hip'] });
  });

  it('skip keeps every answer already given', () => {
    const skipped = completeOnboarding(getDefaultSettings(), {
      at: NOW,
      skipped: true,
      answers: { anticoagulants: true, pregnancy: false },
    });
    expect(skipped.onboarding).toEqual({ completedAt: NOW, skipped: true });
    expect(skipped.safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['anticoagulants'],
      answers: { anticoagulants: true, pregnancy: false },
      answeredAt: null,
    });
    const nothing = completeOnboarding(getDefaultSettings(), { at: NOW, skipped: true });
    expect(nothing.safety).toEqual(getDefaultSettings().safety);
  });
});

describe('reset to defaults', () => {
  it('resets one section and leaves the others and the safety answers alone', () => {
    let settings = applySafetyAnswers(getDefaultSettings(), { bloodClots: true }, NOW);
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
    return result.success
      ? []
      : result.error.issues.map((i) => [
          i.path.join('.'),
          english.format(describeSettingsIssue(i)),
        ]);
  };

  it('accepts accelerators with a modifier and refuses plain keys or duplicates', () => {
    const shortcuts = { enabled: true, breakNow: 'CommandOrControl+Shift+F5', pauseHour: 'Alt+P' };
    expect(issues({ shortcuts })).toEqual([]);
    expect(issues({ shortcuts: { ...shortcuts, breakNow: 'B' } })).toEqual([
      ['shortcuts.breakNow', 'Use one or more modifiers and a key, such as CommandOrControl+Alt+B'],
    ]);
    expect(issues({ shortcuts: { ...shortcuts, pauseHour: shortcuts.breakNow } })).toEqual([
      ['shortcuts.pauseHour', 'Already used for “Take a break now”'],
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
    expect(inEnglish(problems)).toEqual([
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
    expect(inEnglish(problems)).toEqual([
      { path: 'shortcuts.pauseHour', message: 'Already used for “Take a break now”' },
    ]);
    const fromFile = repairSettings({ shortcuts: { breakNow: 'CommandOrControl+Alt+P' } });
    expect(fromFile.settings.shortcuts).toEqual(defaults.shortcuts);
  });
});
