import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it, vi } from 'vitest';
import { getCatalogueSources } from '../../../src/shared/i18n/catalogue/sources';
import { CATALOGUES } from '../../../src/shared/i18n/catalogues';
import { LOCALES } from '../../../src/shared/i18n/locales';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { findExercise, type Exercise } from '../../../src/shared/exercises';

const SOURCES = getCatalogueSources();
const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');
// A locale whose file is still the empty placeholder (its translation arrives at merge).
const SKIPPED = ' (skipped: the file is an empty placeholder until its translation lands)';

/**
 * How a translation uses each argument: "side" (plain), "side:select" (a select whose
 * branches are left and other/right), or a description of anything else, which fails.
 */
function getUses(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.add(element.value);
    else if (element.type === TYPE.select) {
      const keys = Object.keys(element.options).sort().join(',');
      const sides = keys === 'left,other' || keys === 'left,other,right' || keys === 'left,right';
      found.add(sides ? `${element.value}:select` : `${element.value}:select(${keys})`);
      for (const option of Object.values(element.options)) getUses(option.value, found);
    } else if (element.type !== TYPE.literal) found.add(`${JSON.stringify(element)}`);
  }
  return found;
}

/** The arguments the English names: `{side}` and `{other}` are its only placeholders. */
const englishArguments = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** Every run of digits (30, 5, 7, 112, 2008; "1.4" gives 1 and 4, as does "1,4"), counted. */
function countNumbers(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [digits] of text.matchAll(/\d+/g)) counts.set(digits, (counts.get(digits) ?? 0) + 1);
  return counts;
}

describe.each(TRANSLATED)('the %s catalogue', (locale) => {
  const catalogue = CATALOGUES[locale];
  const empty = Object.keys(catalogue).length === 0;
  const note = empty ? SKIPPED : '';

  it.skipIf(empty)(`translates every sentence once, and nothing else${note}`, () => {
    const keys = Object.keys(catalogue);
    expect(SOURCES.filter((source) => !(source in catalogue))).toEqual([]);
    expect(keys.filter((key) => !SOURCES.includes(key))).toEqual([]);
  });

  it.skipIf(empty)(`every value parses and uses exactly its English arguments${note}`, () => {
    const drift: string[] = [];
    for (const [source, text] of Object.entries(catalogue)) {
      let uses: Set<string>;
      try {
        uses = getUses(parse(text));
      } catch (error) {
        drift.push(`${source}: does not parse (${String(error)})`);
        continue;
      }
      const wanted = [...new Set(englishArguments(source))].sort();
      const named = [...new Set([...uses].map((use) => use.replace(/:select$/, '')))].sort();
      const odd = [...uses].filter((use) => !/^(side|other)(:select)?$/.test(use));
      if (odd.length > 0 || named.join() !== wanted.join()) {
        drift.push(
          `${source}: uses ${[...uses].join(', ') || 'none'}, English ${wanted.join(', ') || 'none'}`,
        );
      }
    }
    expect(drift).toEqual([]);
  });

  it.skipIf(empty)(`keeps every number of its English${note}`, () => {
    const lost: string[] = [];
    for (const [source, text] of Object.entries(catalogue)) {
      const kept = countNumbers(text);
      for (const [digits, count] of countNumbers(source)) {
        if ((kept.get(digits) ?? 0) < count) lost.push(`${source}: ${digits}`);
      }
    }
    expect(lost).toEqual([]);
  });
});

function exercise(id: string): Exercise {
  const found = findExercise(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

describe('catalogue text in main', () => {
  const bend = exercise('neck-side-bend');

  it('formats a translated sentence with the side words, plain and by select', () => {
    const german = createTranslator('de');
    const steps = bend.steps;
    // "Tilt your head toward your {other} shoulder": a select, declined.
    expect(german.source(steps[1] ?? '', 'left')).toContain('zu deiner rechten Schulter');
    expect(german.source(steps[1] ?? '', 'right')).toContain('zu deiner linken Schulter');
    // "turn your chest toward the {side}": the plain side word.
    const rotation = exercise('seated-thoracic-rotation');
    expect(german.source(rotation.steps[2] ?? '', 'right')).toContain('nach rechts');
    expect(german.source('Dizziness')).toBe('Schwindel');
  });

  it('shows the English, with the locale’s side words, where a sentence is missing, and logs once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const german = createTranslator('de');
    expect(german.source('Not a catalogue sentence, {side}.', 'right')).toBe(
      'Not a catalogue sentence, rechts.',
    );
    german.source('Another one');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('keeps English and the pseudo-locales on the English source', () => {
    expect(createTranslator('en').source(bend.steps[1] ?? '', 'right')).toBe(
      'Tilt your head toward your left shoulder without lifting that shoulder.',
    );
    expect(createTranslator('en-XA').source('Dizziness')).toBe('[Ḓīīẑẑīīƞḗḗşş]');
  });
});
