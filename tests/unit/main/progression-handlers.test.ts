import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import type { WindowKind } from '../../../src/shared/domain';
import { ipcContract } from '../../../src/shared/ipc';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();

/** The real main side (settings store on a real file, handlers, router). */
function setup() {
  const shell = createRecordingShell();
  const services = createMainServices({
    dataDir: tempDir(),
    timeZone: 'Europe/Berlin',
    shell: shell.ports,
    desktop: { openPath: async () => '' },
  });
  const rate = (payload: unknown, from: WindowKind = 'break') =>
    services.router.handle(ipcContract.invoke.rateEffort.channel, payload, from);
  return { services, rate };
}

describe('rating a hold or set (real handler and settings store)', () => {
  it('moves the next dose a level and keeps it in the settings file', async () => {
    const { services, rate } = setup();
    await expect(rate({ exerciseId: 'ball-glute-wall', effort: 'too-much' })).resolves.toEqual({
      nextSeconds: 30,
      changed: true,
    });
    // Already the easiest level: another "too much" leaves it there.
    await expect(rate({ exerciseId: 'ball-glute-wall', effort: 'too-much' })).resolves.toEqual({
      nextSeconds: 30,
      changed: false,
    });
    expect(services.settingsStore.settings.exercises.levels).toEqual({ 'ball-glute-wall': -1 });
  });

  it('refuses a bad payload, an unknown exercise and other windows', async () => {
    const { services, rate } = setup();
    await expect(rate({ exerciseId: 'ball-glute-wall', effort: 'way too much' })).rejects.toThrow();
    await expect(rate({ exerciseId: 'nope', effort: 'right' })).rejects.toThrow(/Unknown exercise/);
    await expect(rate({ exerciseId: 'calf-raise', effort: 'right' }, 'settings')).rejects.toThrow();
    expect(services.settingsStore.settings.exercises.levels).toEqual({});
  });
});
