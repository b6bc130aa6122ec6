import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printFigure } from './measure';

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

/** Prints the break view's JavaScript size, from the last `npm run build`. */
export function runBundleSizeBench(): void {
  if (!existsSync(join(RENDERER_OUT, 'break.html'))) {
    printFigure('break view: JavaScript, gzip', 'not built (run npm run build first)');
    return;
  }
  const kb = getPageScriptGzipKb('break');
  printFigure(
    `break view: JavaScript, gzip (budget ${BREAK_JS_BUDGET_KB} KB)`,
    `${kb.toFixed(1)} KB${kb > BREAK_JS_BUDGET_KB ? ' — OVER BUDGET' : ''}`,
  );
}
