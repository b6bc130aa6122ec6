import { z } from 'zod/mini';
import type { WindowKind } from './domain';
import type { AppLocale } from './i18n/locales';
import { invokeChannels } from './ipc-names';

/** The message layer's channel (spread into `ipcContract.invoke` in ./ipc). */

const returns = <T>(): T => undefined as T;

/** The language a window speaks: main resolves the setting against the system's list. */
export interface WindowLanguage {
  locale: AppLocale;
  /** The tag Intl formats numbers and dates with ("de-AT"). */
  formatLocale: string;
  direction: 'ltr' | 'rtl';
}

export const i18nInvokes = {
  getLanguage: {
    channel: invokeChannels.getLanguage,
    windows: ['break', 'summary', 'settings', 'onboarding', 'knots'] as readonly WindowKind[],
    request: z.void(),
    response: returns<WindowLanguage>(),
  },
};
