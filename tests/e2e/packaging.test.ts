import { extractFile } from '@electron/asar';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ID } from '../../src/main/app-id';
import { APP_ICON_OUTPUT, APP_ICON_SOURCE, renderAppIcon } from '../../scripts/render-icon';
import {
  buildLinux,
  isToolDownloadError,
  readAsarFigures,
  runtimeImports,
  type AsarFigures,
} from '../support/packaging';
import { tempDirPerTest } from '../support/temp-dir';

const tempDir = tempDirPerTest('unknot-pack-');
const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
  main: string;
  homepage?: string;
  productName?: string;
  desktopName?: string;
};
const builderConfig = parse(readFileSync(resolve('electron-builder.yml'), 'utf8')) as {
  appId: string;
  directories: { buildResources: string };
  electronFuses: Record<string, boolean>;
  linux: { syncDesktopName?: boolean };
  deb?: { recommends?: string[] };
};

/** What app.asar may weigh, so the download and the install stay small. */
const MAX_ASAR_BYTES = 6 * 1024 * 1024;
const MAX_ASAR_FILES = 300;

describe('packaging: app.asar (electron-builder with a stand-in Electron)', () => {
  let figures: AsarFigures;
  let asar: string;
  // Built once for all the checks below, in a folder of its own.
  const buildDir = mkdtempSync(join(tmpdir(), 'unknot-pack-dir-'));
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  beforeAll(async () => {
    await buildLinux('dir', buildDir);
    asar = join(buildDir, 'dist/linux-unpacked/resources/app.asar');
    figures = readAsarFigures(asar);
    const unpackedNote = `${figures.unpacked.length} of them unpacked beside it`;
    console.log(
      `[packaging] app.asar: ${(figures.bytes / 1024 / 1024).toFixed(2)} MB, ${figures.files.length} files (${unpackedNote})`,
    );
  }, 120_000);

  it('holds the built app and every runtime dependency of main, and no sources', () => {
    const has = (path: string) => figures.files.includes(path);
    expect(has(`/${manifest.main}`)).toBe(true);
    expect(has('/out/preload/index.cjs')).toBe(true);
    expect(has('/out/renderer/break.html')).toBe(true);
    for (const name of runtimeImports(resolve(manifest.main))) {
      expect(has(`/node_modules/${name}/package.json`), `${name} missing from app.asar`).toBe(true);
    }
    const stray = figures.files.filter((path) =>
      /^\/(src|tests|bench|scripts|out\/cli)\//.test(path),
    );
    expect(stray).toEqual([]);
  });

  it(`stays within ${MAX_ASAR_BYTES / 1024 / 1024} MB and ${MAX_ASAR_FILES} files`, () => {
    expect(figures.bytes).toBeLessThanOrEqual(MAX_ASAR_BYTES);
    expect(figures.files.length).toBeLessThanOrEqual(MAX_ASAR_FILES);
  });

  it('ships nothing twice: main bundles its pure-JS dependencies, drawings live in the renderer', () => {
    const bundled = ['date-fns', '@date-fns/tz', 'zod', 'electron-store', 'conf', 'ajv'];
    const shipped = bundled.filter((name) =>
      figures.files.includes(`/node_modules/${name}/package.json`),
    );
    expect(shipped).toEqual([]);
    expect(figures.files.filter((path) => path.startsWith('/assets/'))).toEqual([]);
    // The same bytes at two paths (ignoring tiny files such as licences and stubs).
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const path of figures.files) {
      if (figures.unpacked.includes(path)) continue;
      const bytes = extractFile(asar, path.slice(1));
      if (bytes.length < 1024) continue;
      const hash = createHash('sha256').update(bytes).digest('hex');
      const first = seen.get(hash);
      if (first) twice.push(`${first} = ${path}`);
      else seen.set(hash, path);
    }
    expect(twice).toEqual([]);
  });

  it("keeps node-notifier's helper binaries outside the archive, where the OS can run them", () => {
    const vendor = figures.files.filter((path) =>
      path.startsWith('/node_modules/node-notifier/vendor/'),
    );
    expect(vendor.length).toBeGreaterThan(0);
    expect(vendor.filter((path) => !figures.unpacked.includes(path))).toEqual([]);
    const unpackedRoot = join(buildDir, 'dist/linux-unpacked/resources/app.asar.unpacked');
    expect(existsSync(join(unpackedRoot, 'node_modules/node-notifier/vendor/notifu'))).toBe(true);
  });
});

describe('packaging: the Linux installers pass electron-builder’s checks', () => {
  // Here they stop at downloading fpm / appimagetool; with a network they build.
  it.each(['deb', 'AppImage'] as const)(
    '%s gets past configuration and metadata checks',
    async (target) => {
      const outcome = await buildLinux(target, tempDir()).then(
        (artifacts) => ({ artifacts, error: null }),
        (error: unknown) => ({ artifacts: [] as string[], error }),
      );
      if (outcome.error === null) {
        expect(
          outcome.artifacts.some((path) => path.endsWith(target === 'deb' ? '.deb' : '.AppImage')),
        ).toBe(true);
      } else {
        expect(isToolDownloadError(outcome.error), String(outcome.error)).toBe(true);
      }
    },
    120_000,
  );

  it('ties the launcher to the windows and names the project', () => {
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.productName).toBe('Unknot');
    // Electron takes desktopName (minus ".desktop") as the app_id / WM_CLASS; with
    // syncDesktopName the installed .desktop file carries the same name.
    expect(manifest.desktopName).toBe(`${builderConfig.appId}.desktop`);
    // Windows toasts are sent as APP_ID; the installer's shortcut carries appId.
    expect(APP_ID).toBe(builderConfig.appId);
    expect(builderConfig.linux.syncDesktopName).toBe(true);
    expect(builderConfig.deb?.recommends).toContain('libnotify-bin');
  });
});

describe('packaging: fuses and icon', () => {
  it('flips the fuses Electron’s security checklist names', () => {
    expect(builderConfig.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it(`has a 1024×1024 ${APP_ICON_OUTPUT} rendered from ${APP_ICON_SOURCE} (npm run build)`, () => {
    expect(APP_ICON_OUTPUT.startsWith(`${builderConfig.directories.buildResources}/`)).toBe(true);
    const png = readFileSync(resolve(APP_ICON_OUTPUT));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    // Not stale: the file is exactly what the current SVG renders to.
    const fresh = renderAppIcon(readFileSync(resolve(APP_ICON_SOURCE), 'utf8'));
    expect(png.equals(fresh)).toBe(true);
  });
});
