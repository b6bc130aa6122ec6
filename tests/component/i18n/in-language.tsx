import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { LanguageContext } from '../../../src/renderer/common/i18n/language-context';
import { MESSAGES } from '../../../src/shared/i18n/catalogues';
import type { Locale } from '../../../src/shared/i18n/locales';

/**
 * A part of a window (not its root) in `locale`, with the messages as LanguageRoot gives
 * them, for tests that render a table or a field on its own.
 */
export function InLanguage({ locale = 'en', children }: { locale?: Locale; children: ReactNode }) {
  return (
    <LanguageContext.Provider value={{ locale, formatLocale: locale, direction: 'ltr' }}>
      <IntlProvider locale={locale} defaultLocale="en" messages={MESSAGES[locale]}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export const renderInLanguage = (ui: ReactNode, locale: Locale = 'en') =>
  render(<InLanguage locale={locale}>{ui}</InLanguage>);
