import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { WindowKind } from '../src/shared/domain';
import { WINDOW_AREAS } from '../src/shared/i18n/window-areas';
import { report } from './goals';

const RENDERER_OUT = resolve('out/renderer');
/** The break view's JavaScript budget, gzip (issue 4). */
export const BREAK_JS_BUDGET_KB = 100;

/** Static imports in a built chunk: `import"./x.js"`, `from"./x.js"`. */
function getStaticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(
    (match) => match[1] ?? '',
  );
}

/**
 * The messages a window awaits before its first render (renderer/common/i18n
 * LanguageRoot → loadMessages): the English file of each of its areas, dynamic imports
 * loaded at start all the same. Another language's translation (messages and catalogue,
 * one chunk: shared/i18n/translations/<code>.ts) loads only in that language.
 */
function isEnglishAtStart(key: string, page: string): boolean {
  const match = /(?:^|\/)shared\/i18n\/messages\/([\w-]+)\/en\.ts$/.exec(key);
  const areas: readonly string[] = WINDOW_AREAS[page as WindowKind] ?? [];
  return match !== null && areas.includes(match[1] ?? '');
}

interface ManifestChunk {
  file: string;
  dynamicImports?: string[];
}

/** The chunks `loaded` imports dynamically for English at start, from Vite's manifest. */
function getEnglishStartChunks(
  outDir: string,
  loaded: ReadonlySet<string>,
  page: string,
): string[] {
  const path = join(outDir, '.vite/manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with manifest: true`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  return Object.values(manifest)
    .filter((chunk) => loaded.has(resolve(outDir, chunk.file)))
    .flatMap((chunk) => chunk.dynamicImports ?? [])
    .filter((key) => isEnglishAtStart(key, page))
    .flatMap((key) => manifest[key]?.file ?? [])
    .map((file) => resolve(outDir, file));
}

/**
 * Every JS file a built page loads before its first render in English: its entry
 * script, preloads, their static imports, and the English messages with their imports.
 */
export function getPageScripts(page: string, outDir = RENDERER_OUT): string[] {
  const html = readFileSync(join(outDir, `${page}.html`), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => resolve(outDir, match[1] ?? ''));
  const seen = new Set<string>();
  const follow = () => {
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of getStaticImports(readFileSync(file, 'utf8'))) {
        queue.push(resolve(dirname(file), spec));
      }
    }
  };
  follow();
  queue.push(...getEnglishStartChunks(outDir, seen, page));
  follow();
  return [...seen];
}

/** Gzip size in KB of everything `getPageScripts` finds. */
export function getPageScriptGzipKb(page: string, outDir = RENDERER_OUT): number {
  const bytes = getPageScripts(page, outDir).reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}

/** The preload's size: it carries channel names only (src/shared/ipc-names.ts). */
export const PRELOAD_BUDGET_KB = 4;

/** The break view's JavaScript and the preload, from the last `npm run build`. */
export function runBundleSizeBench(): void {
  const built = existsSync(join(RENDERER_OUT, 'break.html'));
  if (!built) console.log('(not built: run npm run build first; the sizes below count as missed)');
  const kb = built ? getPageScriptGzipKb('break') : Number.NaN;
  report(
    'break view: JavaScript loaded at start in English (entry, static imports, English messages), gzip',
    kb,
    'KB',
    BREAK_JS_BUDGET_KB,
  );
  const preload = resolve('out/preload/index.cjs');
  const preloadKb = existsSync(preload) ? statSync(preload).size / 1024 : Number.NaN;
  report('preload: out/preload/index.cjs', preloadKb, 'KB', PRELOAD_BUDGET_KB);
}
