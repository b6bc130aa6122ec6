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
    const tooMuch = { exerciseId: 'ball-glute-wall', effort: 'too-much' };
    await expect(rate({ promptId: 'prompt-1', ...tooMuch })).resolves.toEqual({
      nextSeconds: 30,
      changed: true,
    });
    // The next break: already the easiest level, another "too much" leaves it there.
    await expect(rate({ promptId: 'prompt-2', ...tooMuch })).resolves.toEqual({
      nextSeconds: 30,
      changed: false,
    });
    expect(services.settingsStore.settings.exercises.levels).toEqual({ 'ball-glute-wall': -1 });
  });

  it('in one break, a later tap replaces the earlier one instead of adding to it', async () => {
    const { services, rate } = setup();
    const levels = () => services.settingsStore.settings.exercises.levels;
    const row = { promptId: 'prompt-1', exerciseId: 'band-row' };
    await rate({ ...row, effort: 'too-little' });
    await expect(rate({ ...row, effort: 'too-little' })).resolves.toEqual({
      nextSeconds: 45,
      changed: true,
    });
    expect(levels()).toEqual({ 'band-row': 1 });
    const strength = { promptId: 'prompt-1', exerciseId: 'calf-raise' };
    await rate({ ...strength, effort: 'too-much' });
    // A changed answer undoes the move: the dose stays this break's, and says so.
    await expect(rate({ ...strength, effort: 'right' })).resolves.toMatchObject({
      changed: false,
    });
    expect(levels()).toEqual({ 'band-row': 1, 'calf-raise': 0 });
  });

  it('refuses a bad payload, an unknown exercise and other windows', async () => {
    const { services, rate } = setup();
    const promptId = 'prompt-1';
    await expect(
      rate({ promptId, exerciseId: 'ball-glute-wall', effort: 'way too much' }),
    ).rejects.toThrow();
    await expect(rate({ exerciseId: 'ball-glute-wall', effort: 'right' })).rejects.toThrow();
    await expect(rate({ promptId, exerciseId: 'nope', effort: 'right' })).rejects.toThrow(
      /Unknown exercise/,
    );
    await expect(
      rate({ promptId, exerciseId: 'calf-raise', effort: 'right' }, 'settings'),
    ).rejects.toThrow();
    expect(services.settingsStore.settings.exercises.levels).toEqual({});
  });
});
