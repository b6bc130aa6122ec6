import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Every JS file a built page loads before it runs: its entry script, preloads, their imports. */
export function getPageScripts(page: string, outDir = RENDERER_OUT): string[] {
  const html = readFileSync(join(outDir, `${page}.html`), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => resolve(outDir, match[1] ?? ''));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of getStaticImports(readFileSync(file, 'utf8'))) {
      queue.push(resolve(dirname(file), spec));
    }
  }
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
  report('break view: JavaScript, gzip', kb, 'KB', BREAK_JS_BUDGET_KB);
  const preload = resolve('out/preload/index.cjs');
  const preloadKb = existsSync(preload) ? statSync(preload).size / 1024 : Number.NaN;
  report('preload: out/preload/index.cjs', preloadKb, 'KB', PRELOAD_BUDGET_KB);
}
