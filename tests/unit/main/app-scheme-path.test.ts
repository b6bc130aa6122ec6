import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getAppPageUrl, resolveAppFile } from '../../../src/main/platform/app-scheme-path';
import { chooseUserDataFolder } from '../../../src/main/user-data-folder';

// An install folder with `#`, `%` and a space: it is a path, never part of a URL.
const ROOT = '/opt/Un#knot 100%/resources/app.asar/out/renderer';

describe('the app:// scheme that serves the built pages', () => {
  it('maps a page and its assets into the renderer folder with their MIME types', () => {
    expect(resolveAppFile(getAppPageUrl('break'), ROOT)).toEqual({
      ok: true,
      path: join(ROOT, 'break.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    const script = resolveAppFile('app://unknot/assets/break-Ab12.js?v=1#x', ROOT);
    expect(script).toEqual({
      ok: true,
      path: join(ROOT, 'assets/break-Ab12.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://unknot/assets/a.css', ROOT)).toMatchObject({
      mimeType: 'text/css; charset=utf-8',
    });
    expect(resolveAppFile('app://unknot/assets/neck%20tilt.svg', ROOT)).toMatchObject({
      path: join(ROOT, 'assets/neck tilt.svg'),
      mimeType: 'image/svg+xml',
    });
  });

  it('refuses every way out of the renderer folder', () => {
    for (const url of [
      'app://unknot/..%2f..%2fmain%2findex.js',
      'app://unknot/assets/..%2F..%2F..%2Fetc%2Fpasswd.html',
      'app://unknot/..%5c..%5cmain.js',
      'app://unknot/%00.html',
    ]) {
      expect(resolveAppFile(url, ROOT), url).toMatchObject({ ok: false, status: 403 });
    }
    // The URL parser drops `..` and `%2e%2e` segments before we see them: still inside.
    expect(resolveAppFile('app://unknot/../../etc/passwd.html', ROOT)).toMatchObject({
      ok: true,
      path: join(ROOT, 'etc/passwd.html'),
    });
    expect(resolveAppFile('app://unknot/%2e%2e/%2e%2e/package.json', ROOT)).toMatchObject({
      ok: true,
      path: join(ROOT, 'package.json'),
    });
  });

  it('refuses other hosts, schemes, bad escapes, the folder itself and unknown types', () => {
    expect(resolveAppFile('app://evil/break.html', ROOT)).toMatchObject({ status: 403 });
    expect(resolveAppFile('file:///etc/passwd', ROOT)).toMatchObject({ status: 403 });
    expect(resolveAppFile('app://unknot/%E0%A4%A.html', ROOT)).toMatchObject({ status: 400 });
    expect(resolveAppFile('not a url', ROOT)).toMatchObject({ status: 400 });
    expect(resolveAppFile('app://unknot/', ROOT)).toMatchObject({ status: 403 });
    expect(resolveAppFile('app://unknot/notes.txt', ROOT)).toMatchObject({ status: 404 });
    expect(resolveAppFile('app://unknot/assets/index.js.map', ROOT)).toMatchObject({
      status: 404,
    });
  });
});

describe('the user-data folder', () => {
  it('stays <appData>/unknot whatever productName says', () => {
    expect(chooseUserDataFolder({ appData: '/home/a/.config', override: undefined })).toBe(
      join('/home/a/.config', 'unknot'),
    );
    expect(chooseUserDataFolder({ appData: '/home/a/.config', override: '' })).toBe(
      join('/home/a/.config', 'unknot'),
    );
  });

  it('is UNKNOT_USER_DATA when that is set', () => {
    expect(chooseUserDataFolder({ appData: '/home/a/.config', override: '/tmp/u' })).toBe('/tmp/u');
  });
});
