import { createIntl } from '@formatjs/intl';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_PREFIX,
  fillEnglishSides,
  getSideValues,
  renamePlainSides,
  toCatalogueMessages,
} from '../../../src/shared/i18n/catalogue/catalogue-messages';
import { parseMessages } from '../../../scripts/precompile-messages';

const WORDS = { left: 'links', right: 'rechts' } as const;
const catalogue = {
  'Turn toward the {side}.': 'Dreh dich nach {side}, weg von {other}.',
  'Lift your {side} arm.': 'Heb den {side, select, left {linken} other {rechten}} Arm.',
};

/** Formats like a window does: the catalogue beside the ids, one intl. */
function format(
  messages: ReturnType<typeof toCatalogueMessages>,
  source: string,
  side: 'left' | 'right',
) {
  // Either all strings or all trees, as a window has them; the type allows a mix.
  const intl = createIntl({ locale: 'de', messages: messages as Record<string, string> });
  const values = getSideValues(side, (worked) => WORDS[worked]);
  return intl.formatMessage({ id: CATALOGUE_PREFIX + source }, { ...values });
}

describe('catalogue messages', () => {
  it.each([
    ['as written (main, component tests)', toCatalogueMessages(catalogue)],
    ['parsed at build (the renderer)', toCatalogueMessages(parseMessages(catalogue, 'test'))],
  ])('%s: plain sides get the side word, selects the side', (_, messages) => {
    expect(format(messages, 'Turn toward the {side}.', 'right')).toBe(
      'Dreh dich nach rechts, weg von links.',
    );
    expect(format(messages, 'Lift your {side} arm.', 'left')).toBe('Heb den linken Arm.');
    expect(format(messages, 'Lift your {side} arm.', 'right')).toBe('Heb den rechten Arm.');
  });

  it('renames only plain side arguments, wherever they sit', () => {
    expect(renamePlainSides('{ side } {other} {side, select, left {a} other {b {side}}}')).toBe(
      '{sideWord} {otherWord} {side, select, left {a} other {b {sideWord}}}',
    );
    expect(renamePlainSides(parse('{side, select, left {a {other}} other {b}}'))).toEqual(
      parse('{side, select, left {a {otherWord}} other {b}}'),
    );
  });

  it('fills the English source with the side words when there is no translation', () => {
    const values = getSideValues('right', (worked) => WORDS[worked]);
    expect(fillEnglishSides('Tilt toward your {other} shoulder, {side} arm down.', values)).toBe(
      'Tilt toward your links shoulder, rechts arm down.',
    );
    expect(fillEnglishSides('Dizziness', undefined)).toBe('Dizziness');
  });
});
