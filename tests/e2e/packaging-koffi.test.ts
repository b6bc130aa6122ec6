import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinux, readAsarFigures, type AsarFigures } from '../support/packaging';

/**
 * Issue 15 §1: koffi, the FFI package of the Windows and macOS focus sources, ships in
 * the package with its prebuilt binary beside app.asar (the OS cannot load a .node file
 * from inside the archive), and without its C++ sources.
 */

const NATIVE_PACKAGE = `/node_modules/@koromix/koffi-${process.platform}-${process.arch}/`;

describe('packaging: koffi (electron-builder with a stand-in Electron)', () => {
  let figures: AsarFigures;
  let unpackedRoot: string;
  const buildDir = mkdtempSync(join(tmpdir(), 'unknot-pack-koffi-'));
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  beforeAll(async () => {
    await buildLinux('dir', buildDir);
    const resources = join(buildDir, 'dist/linux-unpacked/resources');
    figures = readAsarFigures(join(resources, 'app.asar'));
    unpackedRoot = join(resources, 'app.asar.unpacked');
  }, 120_000);

  it("keeps koffi's loader scripts in the archive and leaves its sources out", () => {
    const koffi = figures.files.filter((path) => path.startsWith('/node_modules/koffi/'));
    expect(koffi).toContain('/node_modules/koffi/index.js');
    expect(koffi).toContain('/node_modules/koffi/src/koffi/index.cjs');
    expect(koffi).toContain('/node_modules/koffi/src/koffi/src/static.cjs');
    expect(koffi).toContain('/node_modules/koffi/LICENSE.txt');
    expect(koffi.filter((path) => /\.(cc|hh|inc|def)$|\/(vendor|doc)\//.test(path))).toEqual([]);
  });

  it('puts the prebuilt binary of this OS beside the archive, where it loads', () => {
    const binaries = figures.files.filter(
      (path) => path.startsWith(NATIVE_PACKAGE) && path.endsWith('.node'),
    );
    expect(binaries.length).toBeGreaterThan(0);
    expect(binaries.filter((path) => !figures.unpacked.includes(path))).toEqual([]);
    // The glibc build on glibc Linux (musl is its sibling); elsewhere the only one.
    const binary = binaries.find((path) => !path.includes('/musl_')) ?? binaries[0] ?? '';
    const native = createRequire(import.meta.url)(join(unpackedRoot, binary)) as {
      load?: unknown;
    };
    expect(typeof native.load).toBe('function');
  });
});
