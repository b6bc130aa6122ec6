import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, resolveAppFile } from './app-scheme-path';

/**
 * Must run before `ready`: `app:` becomes a standard, secure scheme, so our pages get a
 * real origin (`app://unknot`), `'self'` in their CSP means that origin, and their module
 * scripts load as from any https site.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, codeCache: true } },
  ]);
}

/** After `ready`, before the first window: answers `app://unknot/…` from `rendererDir` only. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file.ok) {
      // A way out of the folder is worth a line; a favicon the page never had is not.
      if (file.status === 403) console.warn(`[app-scheme] refused ${request.url}: ${file.reason}`);
      return new Response(null, { status: file.status });
    }
    try {
      // Electron's fs reads inside app.asar as from a folder.
      const body = await readFile(file.path);
      return new Response(body, {
        headers: { 'content-type': file.mimeType, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
