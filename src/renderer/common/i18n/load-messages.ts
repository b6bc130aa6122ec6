import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { AppLocale, Locale } from '../../../shared/i18n/locales';
import { isPseudoLocale } from '../../../shared/i18n/locales';
import { pseudoMessage } from '../../../shared/i18n/pseudo';
import { ALL_MESSAGE_AREAS, type MessageArea } from '../../../shared/i18n/window-areas';

/**
 * A window's messages: one locale, and only the areas the window shows, each loaded on
 * demand in its own chunk, so the break window does not carry the settings' words. The
 * build parses them to ICU syntax trees (scripts/precompile-messages.ts), so the renderer
 * ships without the ICU parser; component tests get the strings as written.
 */
export type LoadedMessages = Record<string, string> | Record<string, MessageFormatElement[]>;

// Each area file exports one object (`appEn`); the glob keeps them lazy, one chunk each.
const AREA_MODULES = import.meta.glob<Record<string, LoadedMessages>>(
  '../../../shared/i18n/messages/*/*.ts',
);

async function loadArea(area: MessageArea, locale: Locale): Promise<LoadedMessages> {
  const load = AREA_MODULES[`../../../shared/i18n/messages/${area}/${locale}.ts`];
  if (!load) throw new Error(`no ${locale} messages for the ${area} area`);
  const exported = Object.values(await load());
  if (exported.length !== 1 || !exported[0]) {
    throw new Error(`the ${area}/${locale} messages file must export one object`);
  }
  return exported[0];
}

async function loadAreas(
  locale: Locale,
  areas: readonly MessageArea[],
): Promise<Record<string, string | MessageFormatElement[]>> {
  const loaded = await Promise.all(areas.map((area) => loadArea(area, locale)));
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
