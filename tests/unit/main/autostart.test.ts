import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getAutostartContent,
  getAutostartPath,
  isAutostartEnabled,
  setAutostart,
} from '../../../src/main/platform/autostart';
import { tempDirPerTest } from '../../support/temp-dir';

const tempHome = tempDirPerTest('unknot-home-');

describe('XDG autostart entry', () => {
  it('lives in ~/.config/autostart, or under an absolute $XDG_CONFIG_HOME', () => {
    expect(getAutostartPath({ home: '/home/ana' })).toBe(
      '/home/ana/.config/autostart/unknot.desktop',
    );
    expect(getAutostartPath({ home: '/home/ana', xdgConfigHome: '/cfg' })).toBe(
      '/cfg/autostart/unknot.desktop',
    );
    // The spec says to ignore a relative value.
    expect(getAutostartPath({ home: '/home/ana', xdgConfigHome: 'cfg' })).toBe(
      '/home/ana/.config/autostart/unknot.desktop',
    );
  });

  it('quotes Exec arguments with spaces and escapes % and quotes', () => {
    const content = getAutostartContent(['/opt/My Apps/Unknot.AppImage', '--pause', '100%"x"']);
    expect(content).toContain('Exec="/opt/My Apps/Unknot.AppImage" --pause "100%%\\\\"x\\\\""\n');
    expect(content.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true);
  });

  it('is written and removed in a temp HOME, leaving other entries alone', () => {
    const home = tempHome();
    const target = { home };
    const folder = join(home, '.config', 'autostart');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'other.desktop'), '[Desktop Entry]\nName=Other\n');

    setAutostart(target, true, ['/usr/bin/unknot']);
    expect(isAutostartEnabled(target)).toBe(true);
    const written = readFileSync(getAutostartPath(target), 'utf8');
    expect(written).toContain('Exec=/usr/bin/unknot\n');
    expect(written).toContain('Name=Unknot\n');
    expect(readdirSync(folder).sort()).toEqual(['other.desktop', 'unknot.desktop']);

    setAutostart(target, true, ['/usr/bin/unknot']); // idempotent
    setAutostart(target, false, []);
    expect(existsSync(getAutostartPath(target))).toBe(false);
    expect(readdirSync(folder)).toEqual(['other.desktop']);
    setAutostart(target, false, []); // removing twice is fine
  });

  it('creates the autostart folder when it does not exist yet', () => {
    const home = tempHome();
    setAutostart({ home, xdgConfigHome: join(home, 'xdg') }, true, ['/usr/bin/unknot']);
    expect(existsSync(join(home, 'xdg', 'autostart', 'unknot.desktop'))).toBe(true);
  });
});
