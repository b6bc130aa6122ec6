import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { WorkedSide } from '../../exercises/side-text';

/**
 * A translated catalogue sentence uses `{side}` and `{other}` two ways: plainly, where the
 * locale's side word goes ("links"), or in a select on the side itself ("left"/"right"),
 * where grammar wants another form ("{side, select, left {linken} other {rechten}}").
 * Before formatting, plain uses are renamed to `sideWord`/`otherWord`, so one set of
 * values serves both: the selects see the side, the plain arguments its word.
 */

export const SIDE_ARGUMENTS = ['side', 'other'] as const;

export interface SideValues {
  side: WorkedSide;
  other: WorkedSide;
  sideWord: string;
  otherWord: string;
}

const OTHER: Record<WorkedSide, WorkedSide> = { left: 'right', right: 'left' };

/** The values a catalogue message formats with, given the side worked and its words. */
export function getSideValues(side: WorkedSide, word: (side: WorkedSide) => string): SideValues {
  return { side, other: OTHER[side], sideWord: word(side), otherWord: word(OTHER[side]) };
}

// Numeric values of the parser's TYPE enum (a type-only import keeps the parser out).
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

function renameParsed(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element): MessageFormatElement => {
    if (element.type === ARGUMENT && (element.value === 'side' || element.value === 'other')) {
      return { ...element, value: `${element.value}Word` };
    }
    if (element.type === SELECT || element.type === PLURAL) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: renameParsed(option.value) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    if (element.type === TAG) return { ...element, children: renameParsed(element.children) };
    return element;
  });
}

/** A catalogue message, as written (tests, main) or parsed (renderer builds), renamed. */
export function renamePlainSides<Written extends string | MessageFormatElement[]>(
  message: Written,
): Written {
  if (typeof message === 'string') {
    return message.replace(/\{\s*(side|other)\s*\}/g, '{$1Word}') as Written;
  }
  return renameParsed(message) as Written;
}

/** The English source with its placeholders filled by the locale's side words. */
export function fillEnglishSides(text: string, values: SideValues | undefined): string {
  if (!values) return text;
  return text.replaceAll('{side}', values.sideWord).replaceAll('{other}', values.otherWord);
}

/** Catalogue messages sit beside the message ids under this prefix, keyed by their English. */
export const CATALOGUE_PREFIX = 'catalogue:';

export type CatalogueMessages = Readonly<Record<string, string | MessageFormatElement[]>>;

/** A locale's catalogue as messages to sit beside its ids: prefixed keys, sides renamed. */
export function toCatalogueMessages(
  catalogue: CatalogueMessages,
): Record<string, string | MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(catalogue).map(([source, message]) => [
      CATALOGUE_PREFIX + source,
      renamePlainSides(message),
    ]),
  );
}

const warned = new Set<string>();

/** A sentence a locale has not translated shows in English; the log says so once per locale. */
export function warnUntranslatedOnce(locale: string, source: string): void {
  if (warned.has(locale)) return;
  warned.add(locale);
  console.warn(
    `[i18n] ${locale}: catalogue sentence not translated, shown in English (further ones not logged): "${source}"`,
  );
}
