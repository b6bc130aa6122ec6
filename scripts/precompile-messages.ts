import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/**
 * Renderer builds only: each English area's message module
 * (src/shared/i18n/messages/<area>/en.ts, a plain object of ICU strings) and each
 * translation (src/shared/i18n/translations/<code>.ts: its name, its messages by area and
 * its catalogue) become the same objects with every message parsed to a syntax tree, so
 * react-intl formats without shipping the ICU parser (aliased to its no-parser build).
 * A message that does not parse fails the build, naming it.
 */
const AREA_MODULE = /\/src\/shared\/i18n\/messages\/[\w-]+\/[\w-]+\.ts$/;
const TRANSLATION_MODULE = /\/src\/shared\/i18n\/translations\/[a-z]{2,3}(-[A-Z]{2})?\.ts$/;

export function parseMessages(
  messages: Record<string, string>,
  source: string,
): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(messages).map(([id, text]) => {
      try {
        return [id, parse(text)];
      } catch (error) {
        throw new Error(`${source}: message "${id}" is not valid ICU`, { cause: error });
      }
    }),
  );
}

interface WrittenTranslation {
  name: string;
  messages: Record<string, Record<string, string>>;
  catalogue: Record<string, string>;
}

/** A translation with its areas' messages and its catalogue parsed; its name as it is. */
export function parseTranslation(translation: WrittenTranslation, source: string) {
  const areas = Object.entries(translation.messages).map(([area, messages]) => [
    area,
    parseMessages(messages, `${source} (${area})`),
  ]);
  return {
    name: translation.name,
    messages: Object.fromEntries(areas) as Record<string, Record<string, MessageFormatElement[]>>,
    catalogue: parseMessages(translation.catalogue, `${source} (catalogue)`),
  };
}

export function precompileMessages(): Plugin {
  return {
    name: 'unknot-precompile-messages',
    // After the TypeScript transform: the module is plain JavaScript with no imports.
    enforce: 'post',
    async transform(code, id) {
      const path = id.split('?')[0] ?? '';
      const isTranslation = TRANSLATION_MODULE.test(path);
      if (!isTranslation && !AREA_MODULE.test(path)) return null;
      const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
      const exports = (await import(url)) as Record<string, unknown>;
      const lines = Object.entries(exports).map(([name, value]) => {
        const parsed = isTranslation
          ? parseTranslation(value as WrittenTranslation, id)
          : parseMessages(value as Record<string, string>, id);
        return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(parsed))});`;
      });
      return { code: lines.join('\n'), map: null };
    },
  };
}

/** The resolve alias that leaves the ICU parser out of the renderer. */
export const NO_PARSER_ALIAS = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
};
