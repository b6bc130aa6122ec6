import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../../src/shared/i18n/generated/translations';
import { LOCALE_NAMES, LOCALES } from '../../../src/shared/i18n/locales';
import type { EnglishAreas } from '../../../src/shared/i18n/messages/en';
import type { Translation } from '../../../src/shared/i18n/translation';
import { translation as german } from '../../../src/shared/i18n/translations/de';
import { ALL_MESSAGE_AREAS } from '../../../src/shared/i18n/window-areas';

const englishAreas = Object.fromEntries(
  await Promise.all(
    ALL_MESSAGE_AREAS.map(async (area) => {
      const module = (await import(`../../../src/shared/i18n/messages/${area}/en.ts`)) as Record<
        string,
        Record<string, string>
      >;
      return [area, Object.values(module)[0] ?? {}] as const;
    }),
  ),
) as Record<keyof EnglishAreas, Record<string, string>>;

describe('translations, one file each', () => {
  it('speaks every language with a file in translations/, and only those', () => {
    const files = readdirSync('src/shared/i18n/translations').map((file) =>
      file.replace('.ts', ''),
    );
    expect([...LOCALES].sort()).toEqual(['en', ...files].sort());
  });

  it.each(Object.entries(TRANSLATIONS))('%s names itself, unlike any other language', (code, t) => {
    expect(t.name).not.toBe('');
    expect(LOCALE_NAMES[code as keyof typeof LOCALE_NAMES]).toBe(t.name);
    const others = Object.entries(LOCALE_NAMES).filter(([other]) => other !== code);
    expect(others.map(([, name]) => name)).not.toContain(t.name);
  });

  it.each(Object.entries(TRANSLATIONS))('%s keeps each id in its English area', (_code, t) => {
    for (const area of ALL_MESSAGE_AREAS) {
      expect(Object.keys(t.messages[area]).sort(), area).toEqual(
        Object.keys(englishAreas[area]).sort(),
      );
    }
  });

  it('is refused by typecheck when it lacks an id or has one English does not', () => {
    const { 'break.start': _start, ...lacking } = german.messages.app;
    // @ts-expect-error the app area lacks 'break.start'
    const withoutId: Translation = { ...german, messages: { ...german.messages, app: lacking } };
    const withStray: Translation['messages']['app'] = {
      ...german.messages.app,
      // @ts-expect-error 'break.nope' is no English id
      'break.nope': 'Nein',
    };
    // Each object really is what its @ts-expect-error says, so the directive marks a real gap.
    expect(Object.keys(withoutId.messages.app)).not.toContain('break.start');
    expect(Object.keys(withStray)).toContain('break.nope');
  });
});
