/**
 * The languages Unknot speaks, and which one applies: the `language` setting, or with
 * 'system' the first of the OS's preferred languages we have, else English.
 */
import { TRANSLATED_LOCALES, TRANSLATION_NAMES } from './generated/translation-names';

/**
 * Complete translations, one file each in ./translations; `en` is the source every other
 * locale is checked against.
 */
export const LOCALES = ['en', ...TRANSLATED_LOCALES] as const;
/**
 * Test locales: accented and about 40% longer (en-XA), and the same mirrored right to
 * left (ar-XB). They show untranslated text and layouts that break on long or RTL text.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

export type Locale = (typeof LOCALES)[number];
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];
export type AppLocale = Locale | PseudoLocale;
export type LanguageSetting = 'system' | AppLocale;

export const LANGUAGE_SETTINGS = ['system', ...LOCALES, ...PSEUDO_LOCALES] as const;

/** Each language's own name, so a person finds theirs whatever the current language. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  ...TRANSLATION_NAMES,
  'en-XA': 'Ƥşḗḗŭŭḓǿǿ (accented)',
  'ar-XB': 'Pseudo RTL',
};

function isAppLocale(value: string): value is AppLocale {
  return (LOCALES as readonly string[]).includes(value) || isPseudoLocale(value);
}

export function isPseudoLocale(value: string): value is PseudoLocale {
  return (PSEUDO_LOCALES as readonly string[]).includes(value);
}

/** The locale for a BCP 47 tag such as "de-AT" or "fr_CA"; null if we have none. */
export function matchLocale(tag: string): Locale | null {
  const language = tag.replace('_', '-').split('-')[0]?.toLowerCase() ?? '';
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : null;
}

/** The setting's locale, or the first preferred system language we have, or English. */
export function resolveLocale(setting: string, preferred: readonly string[]): AppLocale {
  if (setting !== 'system' && isAppLocale(setting)) return setting;
  for (const tag of preferred) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return 'en';
}

/**
 * The BCP 47 tag Intl formats dates and numbers with: the system's own regional tag when
 * it is in the chosen language ("de-AT" keeps Austrian dates), else the locale itself.
 */
export function getFormatLocale(locale: AppLocale, preferred: readonly string[]): string {
  if (locale === 'en-XA') return 'en';
  if (locale === 'ar-XB') return 'ar';
  const regional = preferred.find((tag) => matchLocale(tag) === locale);
  return regional?.replace('_', '-') ?? locale;
}

export function isRightToLeft(locale: AppLocale): boolean {
  return locale === 'ar-XB';
}

/**
 * The locale whose first day of the week applies when `weekStartsOn` is 'locale': with
 * the language setting 'system', the OS's own regional locale; with a chosen language,
 * that language's tag (the system's region when it speaks it: "en-GB" keeps Monday).
 */
export function getWeekLocale(
  setting: string,
  preferred: readonly string[],
  systemLocale: string,
): string {
  if (setting === 'system') return systemLocale;
  return getFormatLocale(resolveLocale(setting, preferred), preferred);
}
