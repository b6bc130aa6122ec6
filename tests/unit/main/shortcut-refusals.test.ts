import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import { ipcContract } from '../../../src/shared/ipc';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

// globalShortcut as the OS answers it: "taken" combinations are refused, "bad" ones throw.
const os = vi.hoisted(() => ({ taken: new Set<string>(), registered: new Set<string>() }));
const globalShortcut = vi.hoisted(() => ({
  register: (accelerator: string) => {
    if (accelerator.includes('F24')) throw new Error('conversion failure');
    if (os.taken.has(accelerator)) return false;
    os.registered.add(accelerator);
    return true;
  },
  unregister: (accelerator: string) => os.registered.delete(accelerator),
}));
// The stand-in electron (electron-store needs its app paths) plus globalShortcut.
vi.mock('electron', async (importOriginal) => {
  const standIn = await importOriginal<Record<string, unknown>>();
  const merged = { ...standIn, globalShortcut };
  return { ...merged, default: merged };
});
const { setupShortcuts } = await import('../../../src/main/platform/shortcuts');

const tempDir = tempDirPerTest();

describe('global shortcuts the OS refuses reach the settings window', () => {
  beforeEach(() => {
    os.taken.clear();
    os.registered.clear();
  });

  it('a refused and an invalid combination are listed per setting, pushed, and cleared once fixed', async () => {
    const shell = createRecordingShell();
    const services = createMainServices({
      dataDir: tempDir(),
      timeZone: 'Europe/Berlin',
      shell: shell.ports,
    });
    const { settingsStore, shortcutRefusals, router } = services;
    setupShortcuts(settingsStore, () => undefined, shortcutRefusals);
    const ask = () =>
      router.handle(ipcContract.invoke.getShortcutRefusals.channel, undefined, 'settings');
    expect(await ask()).toEqual([]);

    os.taken.add('CommandOrControl+Alt+B');
    const on: Settings = getDefaultSettings();
    on.shortcuts = { enabled: true, breakNow: 'CommandOrControl+Alt+B', pauseHour: 'Alt+F24' };
    settingsStore.save(on);
    const refused = [
      { setting: 'breakNow', accelerator: 'CommandOrControl+Alt+B', reason: 'taken' },
      { setting: 'pauseHour', accelerator: 'Alt+F24', reason: 'invalid' },
    ];
    expect(await ask()).toEqual(refused);
    expect(shell.calls.broadcast.filter(([event]) => event === 'shortcutRefusals')).toEqual([
      ['shortcutRefusals', refused],
    ]);

    settingsStore.save({
      ...on,
      shortcuts: { enabled: true, breakNow: 'Alt+Shift+K', pauseHour: '' },
    });
    expect(await ask()).toEqual([]);
    expect(os.registered).toEqual(new Set(['Alt+Shift+K']));
  });

  it('the settings window may ask; no other window may', async () => {
    const services = createMainServices({
      dataDir: tempDir(),
      timeZone: 'Europe/Berlin',
      shell: createRecordingShell().ports,
    });
    await expect(
      services.router.handle(ipcContract.invoke.getShortcutRefusals.channel, undefined, 'break'),
    ).rejects.toThrow();
  });
});
