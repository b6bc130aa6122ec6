import type { AppLocale } from '../../../shared/i18n/locales';
import { isPseudoLocale } from '../../../shared/i18n/locales';
import { toCatalogueMessages } from '../../../shared/i18n/catalogue/catalogue-messages';
import { loadTranslation } from './load-translation';

/**
 * The window locale's translations of the catalogue (exercises, safety and warning-sign
 * texts, knot finder), from its translation's chunk: English windows load none, and the
 * pseudo-locales derive from English. The build parses them like the messages
 * (scripts/precompile-messages.ts); component tests get the strings as written. They sit
 * beside the window's ids (CATALOGUE_PREFIX + English).
 */
export async function loadCatalogue(
  locale: AppLocale,
): Promise<ReturnType<typeof toCatalogueMessages>> {
  if (locale === 'en' || isPseudoLocale(locale)) return {};
  try {
    return toCatalogueMessages((await loadTranslation(locale)).catalogue);
  } catch (error) {
    // The window still works: every catalogue sentence falls back to its English.
    console.warn(
      `[i18n] ${locale}: the catalogue did not load, shown in English: ${String(error)}`,
    );
    return {};
  }
}
