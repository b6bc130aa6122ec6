import type { AppLocale, Locale } from '../../../shared/i18n/locales';
import { isPseudoLocale } from '../../../shared/i18n/locales';
import {
  toCatalogueMessages,
  type CatalogueMessages,
} from '../../../shared/i18n/catalogue/catalogue-messages';

/**
 * The window locale's translations of the catalogue (exercises, safety and warning-sign
 * texts, knot finder), each in its own chunk loaded on demand: English windows load none,
 * and the pseudo-locales derive from English. The build parses them like the messages
 * (scripts/precompile-messages.ts); component tests get the strings as written.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<CatalogueMessages>> = {
  de: () => import('../../../shared/i18n/catalogue/de').then((module) => module.catalogueDe),
  es: () => import('../../../shared/i18n/catalogue/es').then((module) => module.catalogueEs),
  fr: () => import('../../../shared/i18n/catalogue/fr').then((module) => module.catalogueFr),
};

/** Messages to sit beside the window's ids (CATALOGUE_PREFIX + English); none for English. */
export async function loadCatalogue(
  locale: AppLocale,
): Promise<ReturnType<typeof toCatalogueMessages>> {
  if (locale === 'en' || isPseudoLocale(locale)) return {};
  try {
    return toCatalogueMessages(await LOADERS[locale]());
  } catch (error) {
    // The window still works: every catalogue sentence falls back to its English.
    console.warn(
      `[i18n] ${locale}: the catalogue did not load, shown in English: ${String(error)}`,
    );
    return {};
  }
}
