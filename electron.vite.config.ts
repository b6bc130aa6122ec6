import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { NO_PARSER_ALIAS, precompileMessages } from './scripts/precompile-messages';

/** Every window of the app, one HTML page each. */
const PAGES = ['break', 'summary', 'settings', 'onboarding', 'knots'] as const;

/**
 * The pages ship a strict CSP. Vite's dev server needs inline scripts and a websocket
 * for hot reload, so only `electron-vite dev` gets a relaxed policy.
 */
function devOnlyRelaxedCsp(): Plugin {
  return {
    name: 'unknot-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace(
          "script-src 'self'",
          "script-src 'self' 'unsafe-inline'; connect-src 'self' ws: http://localhost:*",
        )
        .replace("connect-src 'none'; ", ''),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything into one CJS file.
      externalizeDeps: false,
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), devOnlyRelaxedCsp(), precompileMessages()],
    resolve: { alias: [NO_PARSER_ALIAS] },
    build: {
      minify: true,
      // out/renderer/.vite/manifest.json: which chunk holds which module, so the bench
      // can count the English messages a window loads before its first render.
      manifest: true,
      rollupOptions: {
        input: Object.fromEntries(
          PAGES.map((page) => [page, resolve(`src/renderer/${page}.html`)]),
        ),
      },
    },
  },
});
