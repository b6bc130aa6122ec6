import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/shared/i18n/catalogues';
import { LOCALES } from '../../../src/shared/i18n/locales';
import { en } from '../../../src/shared/i18n/messages/en';
import { pseudoText } from '../../../src/shared/i18n/pseudo';
import { createTranslator, getPseudoMessages } from '../../../src/shared/i18n/translator';

/** Every argument of a message with its kind ("count:plural", "care:argument", "b:tag"). */
function getArguments(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && element.type !== 0 && typeof element.value === 'string') {
      // `#` inside a plural is the plural's own count, not a new argument.
      if ((element.type as number) !== 7) found.add(`${element.value}:${element.type}`);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) getArguments(option.value, found);
    }
    if (element.type === 8) {
      found.add(`${element.value}:tag`);
      getArguments(element.children, found);
    }
  }
  return found;
}

const sorted = (set: Set<string>) => [...set].sort();

describe('messages of every locale', () => {
  const ids = Object.keys(en).sort();

  it.each(LOCALES)('%s has exactly the English ids', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(ids);
  });

  it.each(LOCALES)('%s: every message parses and takes the same ICU arguments', (locale) => {
    const drift: string[] = [];
    for (const id of ids) {
      const source = sorted(getArguments(parse(en[id as keyof typeof en])));
      const text = MESSAGES[locale][id as keyof typeof en];
      const own = sorted(getArguments(parse(text)));
      if (JSON.stringify(own) !== JSON.stringify(source)) {
        drift.push(`${id}: ${own.join(',')} ≠ ${source.join(',')}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s is translated: no message is left as the English text',
    (locale) => {
      // The same words are right in a few places (units, "Start", "30 minutes").
      const sameOnPurpose = new Set(
        ids.filter(
          (id) =>
            /^(duration|care)\./.test(id) || MESSAGES[locale][id as keyof typeof en].length < 12,
        ),
      );
      const untranslated = ids.filter(
        (id) =>
          !sameOnPurpose.has(id) &&
          MESSAGES[locale][id as keyof typeof en] === en[id as keyof typeof en],
      );
      expect(untranslated).toEqual([]);
    },
  );

  it('formats plural, select and nested messages in each locale', () => {
    const line = { id: 'week.line', values: { taken: 1, breaks: 1 } } as const;
    expect(createTranslator('en').format(line)).toBe('This week: 1/1 break');
    expect(createTranslator('de').format(line)).toBe('Diese Woche: 1/1 Pause');
    expect(createTranslator('fr').format({ ...line, values: { taken: 3, breaks: 4 } })).toBe(
      'Cette semaine : 3/4 pauses',
    );
    const nested = {
      id: 'cli.pausedFor',
      values: { length: { id: 'duration.minutes', values: { minutes: 30 } } },
    } as const;
    expect(createTranslator('es').format(nested)).toBe('En pausa durante 30 min.');
  });

  it('numbers follow the locale through Intl', () => {
    const big = { id: 'break.snoozesLeft', values: { count: 1234 } } as const;
    expect(createTranslator('de').format(big)).toBe('Noch 1.234 Aufschübe');
    expect(createTranslator('en').format(big)).toBe('1,234 snoozes left');
  });
});

describe('pseudo-locales', () => {
  it('en-XA accents every letter and is about 40% longer than English', () => {
    const english = Object.values(en).join(' ');
    const pseudo = pseudoText(english);
    expect(pseudo).not.toMatch(/[a-zA-Z]/);
    expect(pseudo.length / english.length).toBeGreaterThan(1.3);
  });

  it('keeps the arguments, so pseudo messages still format', () => {
    const accented = createTranslator('en-XA').format({
      id: 'week.line',
      values: { taken: 2, breaks: 3 },
    });
    expect(accented).toBe('[Ŧħħīīş ẇḗḗḗḗķ: 2/3 ƀřřḗḗȧȧķş]');
    const rtl = getPseudoMessages('ar-XB')['break.start'];
    expect(JSON.stringify(rtl)).toContain('\u202E');
  });
});
