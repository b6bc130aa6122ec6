import { describe, expect, it } from 'vitest';
import { getAppMenu } from '../../../src/core/app-menu';
import { getLaunchTarget } from '../../../src/core/launch-target';
import { getAutostartPath } from '../../../src/main/platform/autostart';
import { getPageUrl } from '../../../src/main/platform/page-url';
import { getWindowClosedResult } from '../../../src/core/window-close';
import type { AppLocale } from '../../../src/shared/i18n/locales';
import { createTranslator } from '../../../src/shared/i18n/translator';

describe('first-launch details of the shell', () => {
  it('loads pages from the app:// scheme, and a dev server only unpackaged', () => {
    const url = getPageUrl('break', { devServer: undefined, packaged: true });
    expect(url).toBe('app://unknot/break.html');
    const dev = { devServer: 'http://localhost:5173' };
    expect(getPageUrl('summary', { ...dev, packaged: false })).toBe(
      'http://localhost:5173/summary.html',
    );
    // A packaged app ignores ELECTRON_RENDERER_URL: no remote page gets our preload.
    expect(getPageUrl('summary', { ...dev, packaged: true })).toBe('app://unknot/summary.html');
  });

  it('trusts $APPIMAGE only when packaged and running from inside $APPDIR', () => {
    const base = { packaged: true, appPath: '/tmp/.mount_x/resources/app.asar' };
    const inside = { ...base, execPath: '/tmp/.mount_x/unknot', appDir: '/tmp/.mount_x' };
    expect(getLaunchTarget({ ...inside, appImage: '/home/a/Unknot.AppImage' }).command).toEqual([
      '/home/a/Unknot.AppImage',
    ]);
    // Set by someone else's environment, or a folder that only starts the same way.
    const outside = { ...base, execPath: '/usr/lib/unknot/unknot', appDir: '/tmp/.mount_x' };
    expect(getLaunchTarget({ ...outside, appImage: '/evil' }).command).toEqual([
      '/usr/lib/unknot/unknot',
    ]);
    const lookalike = { ...inside, appDir: '/tmp/.mount', appImage: '/evil' };
    expect(getLaunchTarget(lookalike).command).toEqual(['/tmp/.mount_x/unknot']);
    expect(getLaunchTarget({ ...inside, appImage: '/x', packaged: false }).command).toEqual([
      '/tmp/.mount_x/unknot',
      base.appPath,
    ]);
  });

  it('gives a dev run its own autostart entry and keeps it off the OS login items', () => {
    const dev = getLaunchTarget({ packaged: false, execPath: '/e/electron', appPath: '/src' });
    const installed = getLaunchTarget({ packaged: true, execPath: '/opt/unknot', appPath: '/x' });
    expect(getAutostartPath({ home: '/h' }, dev.autostartName)).toBe(
      '/h/.config/autostart/unknot-dev.desktop',
    );
    expect(getAutostartPath({ home: '/h' }, installed.autostartName)).toBe(
      '/h/.config/autostart/unknot.desktop',
    );
    expect([dev.useOsLoginItems, installed.useOsLoginItems]).toEqual([false, true]);
  });

  /** The menu as roles and labels, in one language ("Window", "close:Close"). */
  const describeMenu = (platform: string, packaged: boolean, locale: AppLocale = 'en') => {
    const { format } = createTranslator(locale);
    return getAppMenu(platform, packaged).flatMap((entry) => {
      if ('role' in entry) return [entry.role];
      if ('develop' in entry) return ['Develop', ...entry.develop];
      const items = entry.items.map(({ role, label }) => `${role}:${label ? format(label) : ''}`);
      return [format(entry.label), ...items];
    });
  };

  it('has no DevTools and no File/Edit/View in a packaged build; macOS keeps Edit', () => {
    expect(describeMenu('linux', true)).toEqual(['Window', 'close:Close']);
    expect(describeMenu('win32', true)).toEqual(['Window', 'close:Close']);
    expect(describeMenu('darwin', true)).toEqual([
      'appMenu',
      'editMenu',
      'Window',
      'minimize:Minimize',
      'close:Close Window',
    ]);
    expect(describeMenu('linux', false)).toContain('toggleDevTools');
    expect(describeMenu('linux', true)).not.toContain('Develop');
  });

  it("labels the Window menu and its items in the person's language", () => {
    expect(describeMenu('linux', true, 'de')).toEqual(['Fenster', 'close:Schließen']);
    expect(describeMenu('darwin', true, 'de')).toEqual([
      'appMenu',
      'editMenu',
      'Fenster',
      'minimize:Im Dock ablegen',
      'close:Fenster schließen',
    ]);
    expect(describeMenu('win32', true, 'fr')).toEqual(['Fenêtre', 'close:Fermer']);
  });

  it('reads a closed break window as a snooze with nothing held', () => {
    const prompt = { id: 'p1', snoozesLeft: 0 } as Parameters<typeof getWindowClosedResult>[0];
    expect(getWindowClosedResult(prompt)).toEqual({
      promptId: 'p1',
      outcome: 'snoozed',
      exercises: [],
    });
  });
});
