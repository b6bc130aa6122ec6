import { listPackage, statFile } from '@electron/asar';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

/** Helpers for the packaging test: electron-builder's real config, a stand-in Electron. */

export const ELECTRON_VERSION = (
  JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * electron-builder needs Electron's zip, which these machines cannot download. A folder
 * with an `electron` script, `version` and licences stands in for it, so the real
 * packaging config runs and produces a real app.asar. Fuses cannot be flipped on it
 * (there is no sentinel in a shell script), so only they are left out.
 */
export function makeElectronStandIn(dir: string): string {
  const dist = join(dir, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), ELECTRON_VERSION);
  writeFileSync(join(dist, 'LICENSE'), '');
  writeFileSync(join(dist, 'LICENSES.chromium.html'), '');
  return dist;
}

export type LinuxTarget = 'dir' | 'deb' | 'AppImage';

/** Runs electron-builder for one Linux target with the project's own config. */
export async function buildLinux(target: LinuxTarget, dir: string): Promise<string[]> {
  const { build, Platform } = await import('electron-builder');
  return build({
    targets: Platform.LINUX.createTarget(target),
    publish: 'never',
    config: {
      electronDist: makeElectronStandIn(dir),
      electronVersion: ELECTRON_VERSION,
      electronFuses: null,
      npmRebuild: false,
      directories: { output: join(dir, 'dist') },
    },
  });
}

/**
 * Errors that mean electron-builder got past its checks and only failed to fetch its
 * own tools (fpm for deb, appimagetool for AppImage) from a host this machine can't reach.
 */
export function isToolDownloadError(error: unknown): boolean {
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|download/i.test(
    String(error),
  );
}

export interface AsarFigures {
  /** Every file (not folder) in the archive, unpacked ones included, as `/a/b`. */
  files: string[];
  /** Files electron-builder put beside the archive in app.asar.unpacked. */
  unpacked: string[];
  /** The size of app.asar itself on disk. */
  bytes: number;
}

export function readAsarFigures(asar: string): AsarFigures {
  const entries = listPackage(asar, { isPack: false }).map((path) => path.replaceAll('\\', '/'));
  const files: string[] = [];
  const unpacked: string[] = [];
  for (const path of entries) {
    const entry = statFile(asar, path.slice(1), false);
    if ('files' in entry || 'link' in entry) continue;
    files.push(path);
    if (entry.unpacked) unpacked.push(path);
  }
  return { files, unpacked, bytes: statSync(asar).size };
}

/**
 * Bare package names the built main process imports at run time: its top-level ES
 * imports and dynamic `import()`s (main is an ES module; comments and generated code
 * strings that mention a package do not count).
 */
export function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const pattern =
    /^import\s(?:[^;]*?\sfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;
  const names = [...code.matchAll(pattern)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((name) => !/^[./]/.test(name) && !name.startsWith('node:'))
    .filter((name) => !builtinModules.includes(name));
  const packages = names.map((name) =>
    name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name),
  );
  return [...new Set(packages)].filter((name) => name !== 'electron');
}
