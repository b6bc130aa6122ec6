import { useCallback, useContext, useMemo, type ReactNode } from 'react';
import { IntlContext, useIntl, type IntlShape } from 'react-intl';
import type { WorkedSide } from '../../../shared/exercises/side-text';
import {
  CATALOGUE_PREFIX,
  fillEnglishSides,
  getSideValues,
  warnUntranslatedOnce,
} from '../../../shared/i18n/catalogue/catalogue-messages';
import { isPseudoLocale } from '../../../shared/i18n/locales';
import type { MessageId } from '../../../shared/i18n/messages/en';
import { isMessage, isMessageList, type Message } from '../../../shared/i18n/message';
import { pseudoPlainText } from '../../../shared/i18n/pseudo';
import { getFormats, type Formats } from './format';
import { LanguageContext } from './language-context';

export type TextValues = Record<string, string | number>;

/** `t('break.start')`: a message of the window's language, with its ICU arguments. */
export function useText(): (id: MessageId, values?: TextValues) => string {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values?: TextValues) => intl.formatMessage({ id }, values),
    [intl],
  );
}

/**
 * Text whose English source lives with its data (the exercise catalogue, the safety and
 * warning-sign texts, the knot finder), in the window's language: the locale's translation
 * formatted by the window's intl, or the English when a sentence is not translated (logged
 * once); the pseudo-locales derive from the English. `side` fills `{side}`/`{other}`
 * (left when not given). Outside a LanguageRoot it shows the English.
 */
export function useSourceText(): (text: string, side?: WorkedSide) => string {
  // Null outside an IntlProvider (react-intl types it as always there).
  const intl = useContext(IntlContext) as IntlShape | null;
  const locale = useContext(LanguageContext).locale;
  return useCallback(
    (text: string, side: WorkedSide = 'left') => {
      const word = (worked: WorkedSide) =>
        intl ? intl.formatMessage({ id: 'side.word' }, { side: worked }) : worked;
      const values = text.includes('{') ? getSideValues(side, word) : undefined;
      if (isPseudoLocale(locale)) return fillEnglishSides(pseudoPlainText(text, locale), values);
      const id = CATALOGUE_PREFIX + text;
      if (!intl || locale === 'en' || intl.messages[id] === undefined) {
        if (locale !== 'en') warnUntranslatedOnce(locale, text);
        return fillEnglishSides(text, values);
      }
      return intl.formatMessage({ id }, { ...values });
    },
    [intl, locale],
  );
}

/** Dates, numbers and lists in the window's format locale (cached Intl formatters). */
export function useFormats(): Formats {
  const locale = useContext(LanguageContext).formatLocale;
  return useMemo(() => getFormats(locale), [locale]);
}

/** A message descriptor from core or main, in the window's language; nested ones first. */
export function useMessageText(): (message: Message, extra?: TextValues) => string {
  const t = useText();
  const formats = useFormats();
  return useCallback(
    function format(message: Message, extra?: TextValues): string {
      const values = Object.entries(message.values ?? {}).map(([name, value]) => {
        if (isMessageList(value)) return [name, formats.list(value.map((item) => format(item)))];
        if (isMessage(value)) return [name, format(value)];
        return [name, value instanceof Date ? value.getTime() : value];
      });
      return t(message.id, { ...(Object.fromEntries(values) as TextValues), ...extra });
    },
    [t, formats],
  );
}

/** A message with elements inside it (`{titles}` as a <cite>), for JSX. */
export function useRichText(): (id: MessageId, values: Record<string, ReactNode>) => ReactNode {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values: Record<string, ReactNode>) => intl.formatMessage({ id }, values),
    [intl],
  );
}
