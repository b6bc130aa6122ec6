import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { AppLocale, Locale } from '../../../shared/i18n/locales';
import { isPseudoLocale } from '../../../shared/i18n/locales';
import { pseudoMessage } from '../../../shared/i18n/pseudo';
import { ALL_MESSAGE_AREAS, type MessageArea } from '../../../shared/i18n/window-areas';
import { loadTranslation } from './load-translation';

/**
 * A window's messages: one locale, and only the areas the window shows. English areas
 * load on demand one chunk each, so the break window does not carry the settings' words;
 * another language loads its whole translation, one chunk. The build parses them to ICU syntax trees (scripts/precompile-messages.ts), so the renderer
 * ships without the ICU parser; component tests get the strings as written.
 */
export type LoadedMessages = Record<string, string> | Record<string, MessageFormatElement[]>;

// Each English area file exports one object (`appEn`); the glob keeps them lazy.
const ENGLISH_AREAS = import.meta.glob<Record<string, LoadedMessages>>(
  '../../../shared/i18n/messages/*/en.ts',
);

async function loadEnglishArea(area: MessageArea): Promise<LoadedMessages> {
  const load = ENGLISH_AREAS[`../../../shared/i18n/messages/${area}/en.ts`];
  if (!load) throw new Error(`no English messages for the ${area} area`);
  const exported = Object.values(await load());
  if (exported.length !== 1 || !exported[0]) {
    throw new Error(`the ${area}/en messages file must export one object`);
  }
  return exported[0];
}

async function loadAreas(
  locale: Locale,
  areas: readonly MessageArea[],
): Promise<Record<string, string | MessageFormatElement[]>> {
  const loaded =
    locale === 'en'
      ? await Promise.all(areas.map(loadEnglishArea))
      : await loadTranslation(locale).then(({ messages }) => areas.map((area) => messages[area]));
  return Object.assign({}, ...loaded) as Record<string, string | MessageFormatElement[]>;
}

export async function loadMessages(
  locale: AppLocale,
  areas: readonly MessageArea[] = ALL_MESSAGE_AREAS,
): Promise<LoadedMessages> {
  if (!isPseudoLocale(locale)) return (await loadAreas(locale, areas)) as LoadedMessages;
  const english = await loadAreas('en', areas);
  const entries = Object.entries(english).map(([id, parsed]) => [
    id,
    // Strings only reach here in tests, which do not use the pseudo-locales.
    typeof parsed === 'string' ? parsed : pseudoMessage(parsed, locale),
  ]);
  return Object.fromEntries(entries) as LoadedMessages;
}
