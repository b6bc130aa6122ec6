import { listPackage } from '@electron/asar';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../support/temp-dir';

const tempDir = tempDirPerTest('unknot-pack-');
const ELECTRON_VERSION = JSON.parse(
  readFileSync(resolve('node_modules/electron/package.json'), 'utf8'),
).version as string;

/**
 * electron-builder needs Electron's zip, which these machines cannot download. A folder
 * with an `electron` script, `version` and licences stands in for it, so the real
 * packaging config runs and produces a real app.asar (fuses need the real binary, so
 * only they are left out here).
 */
function makeElectronStandIn(dir: string): string {
  const dist = join(dir, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), ELECTRON_VERSION);
  writeFileSync(join(dist, 'LICENSE'), '');
  writeFileSync(join(dist, 'LICENSES.chromium.html'), '');
  return dist;
}

/** Bare package names the built main process imports at run time. */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const names = [...code.matchAll(/(?:from\s*|import\(|require\()\s*["']([^"'./][^"']*)["']/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
  const packages = names.map((name) =>
    name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name),
  );
  return [...new Set(packages)].filter((name) => name !== 'electron');
}

describe('packaging (electron-builder with a stand-in Electron)', () => {
  it('puts the built app and every runtime dependency of main into app.asar, and no sources', async () => {
    const { build, Platform } = await import('electron-builder');
    const dir = tempDir();
    await build({
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        electronDist: makeElectronStandIn(dir),
        electronVersion: ELECTRON_VERSION,
        electronFuses: null,
        npmRebuild: false,
        directories: { output: join(dir, 'dist') },
      },
    });
    const files = listPackage(join(dir, 'dist/linux-unpacked/resources/app.asar'), {
      isPack: false,
    }).map((path) => path.replaceAll('\\', '/'));
    const has = (path: string) => files.includes(path);

    const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { main: string };
    expect(has(`/${manifest.main}`)).toBe(true);
    expect(has('/out/preload/index.cjs')).toBe(true);
    expect(has('/out/renderer/break.html')).toBe(true);
    for (const name of runtimeImports(resolve(manifest.main))) {
      expect(has(`/node_modules/${name}/package.json`), `${name} missing from app.asar`).toBe(true);
    }
    expect(files.filter((path) => /^\/(src|tests|bench|out\/cli)\//.test(path))).toEqual([]);
  }, 120_000);
});
