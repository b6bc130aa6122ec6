import { extname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * The built pages are served from `app://unknot/…`, not file://: with the
 * `grantFileProtocolExtraPrivileges` fuse off, file:// pages are treated as a browser
 * treats them (origin `null`), and Vite's `type="module" crossorigin` scripts would not
 * load — the packaged windows would stay blank.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'unknot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** What the built renderer holds; anything else is refused rather than guessed. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export type AppFile =
  | { ok: true; path: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/** The URL of one built page, e.g. `app://unknot/break.html`. */
export function getAppPageUrl(page: string): string {
  return `${APP_ORIGIN}/${page}.html`;
}

/**
 * Maps a request for `app://unknot/<path>` to a file inside `rendererDir`. Other hosts,
 * escapes out of the folder (`..`, encoded or not, absolute or drive paths) and file
 * types the renderer never ships are refused.
 */
export function resolveAppFile(requestUrl: string, rendererDir: string): AppFile {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: `not ${APP_ORIGIN}` };
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'badly escaped path' };
  }
  // A backslash or NUL has no business in our file names (and `\` separates on Windows).
  if (/[\\\0]/.test(path)) return { ok: false, status: 403, reason: 'forbidden character' };
  const file = join(rendererDir, path);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'outside the renderer folder' };
  }
  const mimeType = MIME_TYPES[extname(file).toLowerCase()];
  if (!mimeType) return { ok: false, status: 404, reason: 'not a file type the app serves' };
  return { ok: true, path: file, mimeType };
}
