import { describe, expect, it } from 'vitest';
import { createTranslator, english } from '../../../../src/shared/i18n/translator';
import { en } from '../../../../src/shared/i18n/messages/en';
import { describeSettingsIssue } from '../../../../src/shared/settings/issue-text';
import { repairSettings } from '../../../../src/shared/settings/repair';
import { getDefaultSettings, settingsSchema } from '../../../../src/shared/settings/schema';

const german = createTranslator('de', 'de-DE');

/** What the schema says about `patch`, as descriptors. */
function issuesOf(patch: Record<string, unknown>) {
  const result = settingsSchema.safeParse({ ...getDefaultSettings(), ...patch });
  return result.success ? [] : result.error.issues.map(describeSettingsIssue);
}

describe('settings issues as message descriptors', () => {
  it('carry the limits of a range check, whichever side failed', () => {
    const breaks = getDefaultSettings().breaks;
    expect(issuesOf({ breaks: { ...breaks, postureEveryMinutes: 5 } })).toEqual([
      { id: 'settings.error.minutes.atLeast', values: { min: 20 } },
    ]);
    expect(issuesOf({ breaks: { ...breaks, snoozeLimit: 9 } })).toEqual([
      { id: 'settings.error.snoozes.atMost', values: { max: 5 } },
    ]);
  });

  it('carry a refinement’s own values, and name the other shortcut as a message', () => {
    const shortcuts = { enabled: true, breakNow: 'Alt+K', pauseHour: 'Alt+K' };
    const [taken] = issuesOf({ shortcuts });
    expect(taken).toEqual({
      id: 'settings.error.shortcutTaken',
      values: { action: { id: 'settings.shortcuts.breakNow' } },
    });
    expect(english.format(taken ?? { id: 'settings.error.invalid' })).toBe(
      'Already used for “Take a break now”',
    );
    expect(german.format(taken ?? { id: 'settings.error.invalid' })).toBe(
      'Schon belegt für „Jetzt Pause machen“',
    );
  });

  it('say only that a value cannot be used where zod words the issue itself', () => {
    expect(issuesOf({ theme: 'pink' })).toEqual([{ id: 'settings.error.invalid' }]);
  });

  it('every problem of a badly edited file is a known id that German words differently', () => {
    const { problems } = repairSettings({
      breaks: { postureSeconds: 'long', movementMinutes: 2.5, graceSeconds: 900 },
      workingHours: { days: { mon: [{ start: '9', end: '17:00' }] } },
      sound: { volume: 3 },
      shortcuts: { breakNow: 'B' },
      dayMarks: [{ date: '2026-02-30', kind: 'holiday' }],
      programme: { mode: 'fixed', exerciseIds: ['no-such-exercise'] },
    });
    expect(problems.length).toBeGreaterThanOrEqual(8);
    for (const problem of problems) {
      const text = problem.text ?? { id: 'settings.error.invalid' };
      expect(Object.keys(en)).toContain(text.id);
      expect(text.id).not.toBe('settings.error.invalid');
      expect(german.format(text)).not.toBe(english.format(text));
    }
  });
});
