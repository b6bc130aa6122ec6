import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app icon has one source, assets/icon.svg. This renders it to the 1024×1024 PNG
 * electron-builder reads from assets/build (it derives the .ico and .icns itself), so
 * the packages can never drift from the drawing. Run by `npm run build`.
 */

export const APP_ICON_SOURCE = 'assets/icon.svg';
export const APP_ICON_OUTPUT = 'assets/build/icon.png';
export const APP_ICON_SIZE = 1024;

/** The SVG as a square PNG of `size` pixels, transparent outside the drawing. */
export function renderAppIcon(svg: string, size: number = APP_ICON_SIZE): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0,0,0,0)',
  });
  const image = resvg.render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`${APP_ICON_SOURCE} must be square: rendered ${image.width}×${image.height}`);
  }
  return image.asPng();
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const png = renderAppIcon(readFileSync(resolve(root, APP_ICON_SOURCE), 'utf8'));
  const output = resolve(root, APP_ICON_OUTPUT);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, png);
  console.log(`icon: ${APP_ICON_OUTPUT} (${APP_ICON_SIZE}×${APP_ICON_SIZE}, ${png.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
