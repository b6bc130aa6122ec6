import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import {
  CATALOGUE_PREFIX,
  fillEnglishSides,
  getSideValues,
  toCatalogueMessages,
  warnUntranslatedOnce,
} from './catalogue/catalogue-messages';
import { CATALOGUES, MESSAGES } from './catalogues';
import type { WorkedSide } from '../exercises/side-text';
import { isPseudoLocale, type AppLocale } from './locales';
import { isMessage, isMessageList, type Message, type MessageValue } from './message';
import type { MessageId } from './messages/en';
import { en } from './messages/en';
import { pseudoMessage, pseudoPlainText } from './pseudo';

/**
 * Main's side of the message layer (@formatjs/intl): formats core's descriptors in one
 * locale. The renderer uses react-intl with the same messages, parsed at build time.
 */
export interface Translator {
  locale: AppLocale;
  /** The tag Intl formats numbers and dates with ("de-AT"). */
  formatLocale: string;
  format(message: Message): string;
  /**
   * A catalogue sentence (exercise, safety, warning sign, knot finder) by its English,
   * in this locale; `side` fills `{side}`/`{other}` (left when not given).
   */
  source(text: string, side?: WorkedSide): string;
  intl: IntlShape;
}

type Parsed = Record<string, MessageFormatElement[]>;

/** English parsed and turned into a pseudo-locale. */
export function getPseudoMessages(locale: 'en-XA' | 'ar-XB'): Parsed {
  return Object.fromEntries(
    Object.entries(en).map(([id, text]) => [id, pseudoMessage(parse(text), locale)]),
  );
}

const cache = createIntlCache();

function resolveValues(
  values: Record<string, MessageValue> | undefined,
  format: (message: Message) => string,
  list: (items: string[]) => string,
): Record<string, string | number | Date> | undefined {
  if (!values) return undefined;
  const resolve = (value: MessageValue): string | number | Date => {
    if (isMessageList(value)) return list(value.map(format));
    return isMessage(value) ? format(value) : value;
  };
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, resolve(value)]));
}

export function createTranslator(locale: AppLocale, formatLocale: string = locale): Translator {
  const messages = isPseudoLocale(locale)
    ? getPseudoMessages(locale)
    : { ...MESSAGES[locale], ...toCatalogueMessages(CATALOGUES[locale]) };
  const intl = createIntl(
    {
      locale: formatLocale,
      defaultLocale: 'en',
      messages: messages as Record<string, string> | Parsed,
      // A message that fails falls back to its English source; say so once in the log.
      onError: (error) => console.warn(`[i18n] ${locale}: ${error.message}`),
    },
    cache,
  );
  const format = (message: Message): string =>
    intl.formatMessage(
      { id: message.id, defaultMessage: en[message.id as MessageId] },
      resolveValues(message.values, format, (items) => intl.formatList(items)),
    );
  const source = (text: string, side: WorkedSide = 'left'): string => {
    const values = text.includes('{')
      ? getSideValues(side, (worked) => format({ id: 'side.word', values: { side: worked } }))
      : undefined;
    if (isPseudoLocale(locale)) return fillEnglishSides(pseudoPlainText(text, locale), values);
    const id = CATALOGUE_PREFIX + text;
    if (locale === 'en' || !(id in messages)) {
      if (locale !== 'en') warnUntranslatedOnce(locale, text);
      return fillEnglishSides(text, values);
    }
    return intl.formatMessage({ id }, { ...values });
  };
  return { locale, formatLocale, format, source, intl };
}

/** English, for tests and for text written before any setting is read. */
export const english: Translator = createTranslator('en');
