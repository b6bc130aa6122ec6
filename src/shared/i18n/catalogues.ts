import type { CatalogueTranslation } from './catalogue/sources';
import { TRANSLATIONS } from './generated/translations';
import type { Locale } from './locales';
import { en, type MessageId } from './messages/en';
import type { Translation } from './translation';

/** A translation's areas as one object of ids, like `en`. */
function joinAreas(messages: Translation['messages']): Record<MessageId, string> {
  // Each area has exactly its English ids (the Translation type), so together all of them.
  return Object.assign({}, ...Object.values(messages)) as Record<MessageId, string>;
}

const translated = Object.entries(TRANSLATIONS);

/** Every locale's messages as written (ICU strings), for main and the checks. */
export const MESSAGES = {
  en,
  ...Object.fromEntries(
    translated.map(([code, translation]) => [code, joinAreas(translation.messages)]),
  ),
} as Record<Locale, Record<MessageId, string>>;

/**
 * Every locale's translations of the catalogue's English sentences, as written (the
 * renderer loads only its own locale's, parsed). English is the source, so it has none.
 */
export const CATALOGUES = {
  en: {},
  ...Object.fromEntries(translated.map(([code, translation]) => [code, translation.catalogue])),
} as Record<Locale, CatalogueTranslation>;
