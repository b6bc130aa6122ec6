import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { settingsErrorsEn } from '../../../src/shared/i18n/messages/settings-errors/en';
import { migrateSettingsFile } from '../../../src/shared/settings/migrations';
import { repairSettings } from '../../../src/shared/settings/repair';
import { chooseTime } from './clock-time';
import { descriptionOf, renderSettings } from './render-settings';
import { getMessageWords } from '../i18n/message-words';

// The whole settings page renders: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const ENGLISH = [
  ...new Set(
    Object.values(settingsErrorsEn)
      .flatMap((text) => getMessageWords(text))
      // Runs of two words or more: a key in a path ("breaks.snoozeLimit") is not English shown.
      .filter((text) => text.includes(' ')),
  ),
];

const englishIn = (text: string) => ENGLISH.filter((words) => text.includes(words));

const GERMAN = {
  getLanguage: () => ({ locale: 'de' as const, formatLocale: 'de-DE', direction: 'ltr' as const }),
};

describe('settings window in German: why a value cannot be used', () => {
  it('words field errors and the file’s problems in German, with no English left', async () => {
    // A hand-edited file from a newer version, with one value out of range.
    const problems = [
      ...migrateSettingsFile({ schemaVersion: 9, settings: {} }).problems,
      ...repairSettings({ breaks: { snoozeLimit: 9 } }).problems,
    ];
    const { user } = await renderSettings({ page: 'breaks', problems, handlers: GERMAN });
    const breaks = within(screen.getByRole('region', { name: 'Pausen' }));
    const posture = breaks.getByLabelText('Haltungspause nach so langem Sitzen');
    await user.clear(posture);
    await user.type(posture, '5');
    expect(descriptionOf(posture)).toContain('Mindestens 20 Minuten');
    await user.clear(posture);
    expect(descriptionOf(posture)).toContain('Gib eine Anzahl Minuten ein');
    await user.type(posture, '61');
    expect(descriptionOf(posture)).toContain('Höchstens 60 Minuten');
    expect(screen.getByRole('status', { name: 'Speicherstatus' })).toHaveTextContent(
      'Nicht gespeichert: Höchstens 60 Minuten',
    );

    const file = screen.getByText(/Einstellungen in deiner Einstellungsdatei/).closest('div');
    expect(file).toHaveTextContent('Höchstens 5 Aufschübe');
    expect(file).toHaveTextContent('neueren Unknot (Version 9)');
    expect(englishIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('says a shortcut is taken by naming the other shortcut in German', async () => {
    const { user } = await renderSettings({ page: 'shortcuts', handlers: GERMAN });
    const shortcuts = within(screen.getByRole('region', { name: 'Tastenkürzel' }));
    await user.click(shortcuts.getByLabelText('Globale Tastenkürzel verwenden'));
    const breakNow = shortcuts.getByLabelText('Jetzt Pause machen');
    await user.click(breakNow);
    await user.keyboard('{Alt>}{Shift>}K{/Shift}{/Alt}');
    const pause = shortcuts.getByLabelText('Eine Stunde anhalten');
    await user.click(pause);
    await user.keyboard('{Alt>}{Shift>}K{/Shift}{/Alt}');
    expect(descriptionOf(pause)).toContain('Schon belegt für „Jetzt Pause machen“');
    expect(englishIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('says a working-hour range ends too early in German, on a 24-hour clock', async () => {
    const { user } = await renderSettings({ page: 'working-hours', handlers: GERMAN });
    const hours = within(screen.getByRole('region', { name: 'Arbeitszeiten' }));
    await user.click(hours.getByLabelText('Pausen nur während der Arbeitszeit vorschlagen'));
    await chooseTime(
      user,
      hours.getByRole('group', { name: 'Dienstag, Zeitraum 1, Ende' }),
      '08:00',
    );
    const tuesday = hours.getByRole('group', { name: 'Dienstag' });
    expect(descriptionOf(tuesday)).toBe('Das Ende muss nach dem Beginn liegen');
    expect(englishIn(document.body.textContent ?? '')).toEqual([]);
  });
});
