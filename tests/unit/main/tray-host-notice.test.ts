import { describe, expect, it, vi } from 'vitest';
import { noticeMissingTrayHost } from '../../../src/main/setup-tray-host';
import type { TrayHost } from '../../../src/main/platform/tray-host';
import { setMainLanguage } from '../../../src/main/i18n';

function deps(host: TrayHost, firstRun: boolean, pressed = 0) {
  return {
    detect: () => Promise.resolve(host),
    firstRun,
    showMessage: vi.fn(() => Promise.resolve(pressed)),
    openSettings: vi.fn(),
  };
}

describe('the missing tray host notice', () => {
  it('on the first run without a tray host, says so and can open Settings', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dismissed = deps('absent', true, 0);
    expect(await noticeMissingTrayHost(dismissed)).toBe('absent');
    expect(dismissed.showMessage).toHaveBeenCalledWith(['OK', 'Open Settings']);
    // In the language main speaks: the labels, and so the box, follow it.
    setMainLanguage('de', []);
    const german = deps('absent', true, 1);
    await noticeMissingTrayHost(german);
    setMainLanguage('en', []);
    expect(german.showMessage).toHaveBeenCalledWith(['OK', 'Einstellungen öffnen']);
    expect(german.openSettings).toHaveBeenCalledOnce();
    expect(dismissed.openSettings).not.toHaveBeenCalled();
    const settings = deps('absent', true, 1);
    await noticeMissingTrayHost(settings);
    expect(settings.openSettings).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('shows no tray icons'));
    warn.mockRestore();
  });

  it('stays quiet with a tray host, when unsure, and after the first run', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const [host, firstRun] of [
      ['present', true],
      ['unknown', true],
      ['absent', false],
    ] as const) {
      const run = deps(host, firstRun, 1);
      await noticeMissingTrayHost(run);
      expect(run.showMessage, `${host}, first run ${String(firstRun)}`).not.toHaveBeenCalled();
      expect(run.openSettings).not.toHaveBeenCalled();
    }
    warn.mockRestore();
  });
});
