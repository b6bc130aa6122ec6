import { catalogueDe } from './catalogue/de';
import { catalogueEs } from './catalogue/es';
import { catalogueFr } from './catalogue/fr';
import type { CatalogueTranslation } from './catalogue/sources';
import type { Locale } from './locales';
import { de } from './messages/de';
import { en, type MessageId } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';

/** Every locale's messages as written (ICU strings), for main and the checks. */
export const MESSAGES: Record<Locale, Record<MessageId, string>> = { en, de, es, fr };

/**
 * Every locale's translations of the catalogue's English sentences, as written (the
 * renderer loads only its own locale's, parsed). English is the source, so it has none.
 */
export const CATALOGUES: Record<Locale, CatalogueTranslation> = {
  en: {},
  de: catalogueDe,
  es: catalogueEs,
  fr: catalogueFr,
};
