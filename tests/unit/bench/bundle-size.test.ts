import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getPageScriptGzipKb, getPageScripts } from '../../../bench/bundle-size';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();

describe('the break view bundle figure', () => {
  it("counts the entry script, its preloads, their static imports and the English messages of the window's areas, each once", () => {
    const out = tempDir();
    mkdirSync(join(out, 'assets'), { recursive: true });
    writeFileSync(
      join(out, 'break.html'),
      '<script type="module" crossorigin src="./assets/break-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/react-2.js">',
    );
    writeFileSync(
      join(out, 'assets/break-1.js'),
      'import"./react-2.js";import{a}from"./util-3.js";',
    );
    writeFileSync(join(out, 'assets/react-2.js'), 'export const r=1;'.repeat(50));
    writeFileSync(join(out, 'assets/util-3.js'), 'import"./react-2.js";export const a=2;');
    writeFileSync(join(out, 'assets/summary-4.js'), 'not loaded by the break page');
    // English messages of the break's areas load before the first render; German ones
    // only in German, and the settings' words never in the break window.
    writeFileSync(join(out, 'assets/en-5.js'), 'import"./util-3.js";export const appEn={};');
    writeFileSync(join(out, 'assets/de-6.js'), 'export const translation={};');
    writeFileSync(join(out, 'assets/en-7.js'), 'export const settingsEn={};');
    mkdirSync(join(out, '.vite'));
    writeFileSync(
      join(out, '.vite/manifest.json'),
      JSON.stringify({
        'break.html': {
          file: 'assets/break-1.js',
          dynamicImports: [
            '../shared/i18n/messages/app/en.ts',
            '../shared/i18n/translations/de.ts',
            '../shared/i18n/messages/settings/en.ts',
          ],
        },
        '../shared/i18n/messages/app/en.ts': { file: 'assets/en-5.js' },
        '../shared/i18n/translations/de.ts': { file: 'assets/de-6.js' },
        '../shared/i18n/messages/settings/en.ts': { file: 'assets/en-7.js' },
      }),
    );

    const files = getPageScripts('break', out).map((file) => file.slice(out.length));
    expect(files.sort()).toEqual([
      '/assets/break-1.js',
      '/assets/en-5.js',
      '/assets/react-2.js',
      '/assets/util-3.js',
    ]);
    const expected = ['break-1.js', 'en-5.js', 'react-2.js', 'util-3.js']
      .map((name) => gzipSync(readFileSync(join(out, 'assets', name)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(getPageScriptGzipKb('break', out)).toBeCloseTo(expected / 1024, 6);
  });
});
