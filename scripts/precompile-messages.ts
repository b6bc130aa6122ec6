import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/**
 * Renderer builds only: each area's message module (src/shared/i18n/messages/<area>/<locale>.ts,
 * plain objects of ICU strings) and each locale's catalogue translation
 * (src/shared/i18n/catalogue/<locale>.ts) becomes the same object of parsed syntax trees, so
 * react-intl formats without shipping the ICU parser (aliased to its no-parser build).
 * A message that does not parse fails the build, naming it.
 */
const MESSAGE_MODULE =
  /\/src\/shared\/i18n\/(messages\/[\w-]+\/[\w-]+|catalogue\/[a-z]{2}(-[A-Z]{2})?)\.ts$/;

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

export function precompileMessages(): Plugin {
  return {
    name: 'unknot-precompile-messages',
    // After the TypeScript transform: the module is plain JavaScript with no imports.
    enforce: 'post',
    async transform(code, id) {
      if (!MESSAGE_MODULE.test(id.split('?')[0] ?? '')) return null;
      const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
      const exports = (await import(url)) as Record<string, Record<string, string>>;
      const lines = Object.entries(exports).map(
        ([name, messages]) =>
          `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(parseMessages(messages, id)))});`,
      );
      return { code: lines.join('\n'), map: null };
    },
  };
}

/** The resolve alias that leaves the ICU parser out of the renderer. */
export const NO_PARSER_ALIAS = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
};
