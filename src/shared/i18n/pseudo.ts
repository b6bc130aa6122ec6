import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { PseudoLocale } from './locales';

/**
 * The pseudo-locales, made from English: en-XA accents every letter and doubles the
 * vowels (about 40% longer, as German or French often are) inside [brackets], so text
 * that skipped the message layer or got cut off stands out; ar-XB also forces each
 * piece of text right to left. Works on parsed messages, so the renderer needs no parser.
 */

// Numeric values of the parser's TYPE enum (a type-only import keeps the parser out).
const LITERAL = 0;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

const ACCENTED: Record<string, string> = {
  a: 'ȧ',
  b: 'ƀ',
  c: 'ƈ',
  d: 'ḓ',
  e: 'ḗ',
  f: 'ƒ',
  g: 'ɠ',
  h: 'ħ',
  i: 'ī',
  j: 'ĵ',
  k: 'ķ',
  l: 'ŀ',
  m: 'ḿ',
  n: 'ƞ',
  o: 'ǿ',
  p: 'ƥ',
  q: 'ɋ',
  r: 'ř',
  s: 'ş',
  t: 'ŧ',
  u: 'ŭ',
  v: 'ṽ',
  w: 'ẇ',
  x: 'ẋ',
  y: 'ẏ',
  z: 'ẑ',
  A: 'Ȧ',
  B: 'Ɓ',
  C: 'Ƈ',
  D: 'Ḓ',
  E: 'Ḗ',
  F: 'Ƒ',
  G: 'Ɠ',
  H: 'Ħ',
  I: 'Ī',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ŀ',
  M: 'Ḿ',
  N: 'Ƞ',
  O: 'Ǿ',
  P: 'Ƥ',
  Q: 'Ɋ',
  R: 'Ř',
  S: 'Ş',
  T: 'Ŧ',
  U: 'Ŭ',
  V: 'Ṽ',
  W: 'Ẇ',
  X: 'Ẋ',
  Y: 'Ẏ',
  Z: 'Ẑ',
};
// Vowels and a few common consonants are doubled: about 40% more letters.
const DOUBLED = new Set([...'aeiouhlrAEIOUHLR']);

const RLO = '\u202E';
const PDF = '\u202C';

/** "Start" → "Şŧȧȧřŧ": accented, vowels doubled. */
export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) {
    const accented = ACCENTED[char] ?? char;
    out += DOUBLED.has(char) ? accented + accented : accented;
  }
  return out;
}

function mirror(text: string): string {
  return text.trim() === '' ? text : `${RLO}${text}${PDF}`;
}

function transform(elements: MessageFormatElement[], locale: PseudoLocale): MessageFormatElement[] {
  return elements.map((element): MessageFormatElement => {
    if (element.type === LITERAL) {
      const value = pseudoText(element.value);
      return { ...element, value: locale === 'ar-XB' ? mirror(value) : value };
    }
    if (element.type === SELECT || element.type === PLURAL) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: transform(option.value, locale) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    if (element.type === TAG) return { ...element, children: transform(element.children, locale) };
    return element;
  });
}

/** A parsed English message in a pseudo-locale, inside [brackets] to show its ends. */
export function pseudoMessage(
  elements: MessageFormatElement[],
  locale: PseudoLocale,
): MessageFormatElement[] {
  const open = { type: LITERAL, value: '[' } as MessageFormatElement;
  const close = { type: LITERAL, value: ']' } as MessageFormatElement;
  return [open, ...transform(elements, locale), close];
}

/**
 * Plain text that is not a message (the catalogue's English source) in a pseudo-locale;
 * `{side}`-style placeholders are left for the caller to fill.
 */
export function pseudoPlainText(text: string, locale: PseudoLocale): string {
  const parts = text
    .split(/(\{\w+\})/)
    .map((part) =>
      /^\{\w+\}$/.test(part)
        ? part
        : locale === 'ar-XB'
          ? mirror(pseudoText(part))
          : pseudoText(part),
    );
  return `[${parts.join('')}]`;
}
