import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WindowKind } from '../../shared/domain';

export interface PageSource {
  /** Where the built pages are (out/renderer, inside app.asar when packaged). */
  rendererDir: string;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServer: string | undefined;
  packaged: boolean;
}

/**
 * The URL a window of `kind` loads. A packaged app never loads a dev server, whatever
 * the environment says; file paths become URLs properly (a `#` or `%` in the install
 * folder is part of the path, not a fragment or an escape).
 */
export function getPageUrl(kind: WindowKind, source: PageSource): string {
  if (source.devServer && !source.packaged) return `${source.devServer}/${kind}.html`;
  return pathToFileURL(join(source.rendererDir, `${kind}.html`)).href;
}
