import { useEffect, useState, type ReactNode } from 'react';
import type { WindowKind } from '../../../shared/domain';
import { IntlProvider } from 'react-intl';
import type { WindowLanguage } from '../../../shared/ipc-i18n';
import { useApi } from '../api';
import { LanguageContext } from './language-context';
import { loadCatalogue } from './load-catalogue';
import { ALL_MESSAGE_AREAS, WINDOW_AREAS } from '../../../shared/i18n/window-areas';
import { loadMessages, type LoadedMessages } from './load-messages';
import { useText } from './use-text';

const ENGLISH: WindowLanguage = { locale: 'en', formatLocale: 'en', direction: 'ltr' };

const same = (a: WindowLanguage, b: WindowLanguage) =>
  a.locale === b.locale && a.formatLocale === b.formatLocale && a.direction === b.direction;

/**
 * Speaks the language main chose for this window: asks for it, loads its messages, sets
 * the page's `lang` and `dir` (RTL mirrors through logical CSS properties), then renders.
 * If either step fails the window stays usable, in English. A saved language setting
 * (main broadcasts every save) re-renders the open window in place, keeping its state.
 * `kind` names the window: it loads only that window's message folders and titles the
 * window in its language (all folders and the page's own title when not given).
 */
export function LanguageRoot({ children, kind }: { children: ReactNode; kind?: WindowKind }) {
  const api = useApi();
  const areas = kind ? WINDOW_AREAS[kind] : ALL_MESSAGE_AREAS;
  const [loaded, setLoaded] = useState<{
    language: WindowLanguage;
    messages: LoadedMessages;
  } | null>(null);
  useEffect(() => {
    let live = true;
    const load = async (language: WindowLanguage) => {
      const [messages, catalogue] = await Promise.all([
        loadMessages(language.locale, areas),
        loadCatalogue(language.locale),
      ]);
      // Catalogue sentences sit beside the ids (prefixed), formatted by the same intl.
      return { language, messages: { ...messages, ...catalogue } as LoadedMessages };
    };
    api
      .getLanguage()
      .then(load)
      .catch((error: unknown) => {
        console.warn(`[i18n] this window stays in English: ${String(error)}`);
        return load(ENGLISH);
      })
      .then((next) => live && setLoaded(next))
      .catch(() => undefined);
    const off = api.on('settings', () => {
      api
        .getLanguage()
        .then(async (language) => {
          if (!live) return;
          const next = await load(language);
          // A save of any other setting leaves the window as it is.
          if (live)
            setLoaded((current) => (current && same(current.language, language) ? current : next));
        })
        .catch((error: unknown) => console.warn(`[i18n] language not changed: ${String(error)}`));
    });
    return () => {
      live = false;
      off();
    };
  }, [api, areas]);
  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.language.formatLocale;
    document.documentElement.dir = loaded.language.direction;
  }, [loaded]);
  if (!loaded) return null;
  return (
    <LanguageContext.Provider value={loaded.language}>
      <IntlProvider
        locale={loaded.language.formatLocale}
        defaultLocale="en"
        messages={loaded.messages}
      >
        {kind && <WindowTitle kind={kind} />}
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

/** The title bar, taskbar and window switcher name the window in its language. */
function WindowTitle({ kind }: { kind: WindowKind }) {
  const title = useText()('app.windowTitle', { window: kind });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
