import { createContext } from 'react';
import type { WindowLanguage } from '../../../shared/ipc-i18n';

/** The window's language as main resolved it; English outside a LanguageRoot. */
export const LanguageContext = createContext<WindowLanguage>({
  locale: 'en',
  formatLocale: 'en',
  direction: 'ltr',
});
