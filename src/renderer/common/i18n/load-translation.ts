import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from '../../../shared/i18n/locales';
import type { MessageArea } from '../../../shared/i18n/window-areas';

/** Messages as written (component tests) or parsed by the build (the windows). */
type Written = string | MessageFormatElement[];

/** A translation as the renderer gets it (shared/i18n/translation.ts). */
export interface LoadedTranslation {
  name: string;
  messages: Record<MessageArea, Record<string, Written>>;
  catalogue: Record<string, Written>;
}

// Every file of the folder is a translation, found without a list; each is one chunk,
// loaded only for its own language (the messages and the catalogue of every window).
const TRANSLATIONS = import.meta.glob<LoadedTranslation>('../../../shared/i18n/translations/*.ts', {
  import: 'translation',
});

export async function loadTranslation(locale: Exclude<Locale, 'en'>): Promise<LoadedTranslation> {
  const load = TRANSLATIONS[`../../../shared/i18n/translations/${locale}.ts`];
  if (!load) throw new Error(`no ${locale} translation`);
  return load();
}
