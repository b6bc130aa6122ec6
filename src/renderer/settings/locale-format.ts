import { useContext, useMemo } from 'react';
import { isPseudoLocale } from '../../shared/i18n/locales';
import { pseudoPlainText } from '../../shared/i18n/pseudo';
import { LanguageContext } from '../common/i18n/language-context';
import { useText } from '../common/i18n/use-text';
import { getTimeFormat } from './time-format';

/** Sunday first, as `Date.getDay()` and the settings' weekday numbers count. */
const A_SUNDAY = Date.UTC(2026, 0, 4);
const DAY_MS = 86_400_000;

export interface LocaleFormat {
  /** Weekday names, Sunday first, in the window's format locale. */
  weekdays: readonly string[];
  /** "12-hour time, such as 9:00 AM" in the window's language and format locale. */
  timeHint: string;
  /** "Times in 24-hour time, such as 09:00." for a group of time fields. */
  timesHint: string;
  /** "a, b and c" as the format locale joins a list. */
  list(items: readonly string[]): string;
}

/**
 * Dates and times as Intl writes them in the window's format locale. In the pseudo-locales
 * Intl still speaks English, so its words are marked like the rest, and a test can tell
 * they came through here rather than from a hard-coded string.
 */
export function useLocaleFormat(): LocaleFormat {
  const { locale, formatLocale } = useContext(LanguageContext);
  const t = useText();
  return useMemo(() => {
    const mark = (text: string) => (isPseudoLocale(locale) ? pseudoPlainText(text, locale) : text);
    const dayName = new Intl.DateTimeFormat(formatLocale, { weekday: 'long', timeZone: 'UTC' });
    const weekdays = Array.from({ length: 7 }, (_, day) =>
      mark(dayName.format(new Date(A_SUNDAY + day * DAY_MS))),
    );
    const { hours, sample } = getTimeFormat(formatLocale);
    const values = { hours, sample: mark(sample) };
    const joiner = new Intl.ListFormat(formatLocale, { type: 'conjunction' });
    const list = (items: readonly string[]) =>
      joiner
        .formatToParts(items)
        .map((part) => (part.type === 'literal' ? mark(part.value) : part.value))
        .join('');
    return {
      weekdays,
      list,
      timeHint: t('settings.timeFormat', values),
      timesHint: t('settings.hours.timeFormat', values),
    };
  }, [locale, formatLocale, t]);
}
