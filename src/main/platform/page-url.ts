import type { WindowKind } from '../../shared/domain';
import { getAppPageUrl } from './app-scheme-path';

export interface PageSource {
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServer: string | undefined;
  packaged: boolean;
}

/**
 * The URL a window of `kind` loads: the dev server in `electron-vite dev`, otherwise our
 * own `app://unknot/` scheme (see app-scheme-path.ts; an install folder with `#` or `%` in
 * it never reaches a URL). A packaged app never loads a dev server, whatever the
 * environment says.
 */
export function getPageUrl(kind: WindowKind, source: PageSource): string {
  if (source.devServer && !source.packaged) return `${source.devServer}/${kind}.html`;
  return getAppPageUrl(kind);
}
