import { getFormatLocale, isRightToLeft, resolveLocale } from '../../shared/i18n/locales';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** Which language a window speaks: the `language` setting, or the system's languages. */
export function createLanguageHandlers({
  settingsStore,
  history,
  preferredLanguages,
}: HandlerContext): Pick<InvokeHandlers, 'getLanguage'> {
  return {
    getLanguage: () => {
      const preferred = preferredLanguages ?? [history.locale];
      const locale = resolveLocale(settingsStore.settings.language, preferred);
      return {
        locale,
        formatLocale: getFormatLocale(locale, preferred),
        direction: isRightToLeft(locale) ? 'rtl' : 'ltr',
      };
    },
  };
}
