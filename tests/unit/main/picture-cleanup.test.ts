import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import type { ProgrammeDialogs } from '../../../src/main/handlers/context';
import { ipcContract } from '../../../src/shared/ipc';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import type { Settings } from '../../../src/shared/settings/schema';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);

const rows: OwnExercise = {
  id: 'own-bandrows1',
  name: 'Band rows from my physio',
  steps: ['Loop the band round a door handle', 'Pull your elbows back'],
  sides: 'one',
  kind: 'strength',
  area: 'upper-back',
  equipment: ['band'],
  dose: { type: 'repetitions', count: 10 },
  picture: null,
};

function setup(dataDir = tempDir()) {
  const source = join(tempDir(), 'photo.png');
  writeFileSync(source, PNG);
  const programmeDialogs: ProgrammeDialogs = {
    choosePicture: () => Promise.resolve(source),
    chooseImportPath: () => Promise.resolve(null),
    chooseExportPath: () => Promise.resolve(null),
  };
  const services = createMainServices({
    dataDir,
    timeZone: 'Europe/Berlin',
    shell: createRecordingShell().ports,
    programmeDialogs,
  });
  const call = (name: keyof typeof ipcContract.invoke, payload?: unknown) =>
    services.router.handle(ipcContract.invoke[name].channel, payload, 'settings');
  const choose = async () =>
    ((await call('chooseOwnPicture')) as { ok: true; picture: string }).picture;
  const saveOwn = (own: OwnExercise[]) => {
    const current: Settings = services.settingsStore.settings;
    return call('saveSettings', {
      settings: { ...current, programme: { ...current.programme, own } },
    });
  };
  return { services, call, choose, saveOwn };
}

const pictures = (dataDir: string) =>
  existsSync(join(dataDir, 'pictures')) ? readdirSync(join(dataDir, 'pictures')).sort() : [];

describe('pictures no own exercise uses are deleted', () => {
  it('when the exercise is deleted', async () => {
    const dataDir = tempDir();
    const { choose, saveOwn } = setup(dataDir);
    const picture = await choose();
    await saveOwn([{ ...rows, picture }]);
    expect(pictures(dataDir)).toEqual([picture]);
    await saveOwn([]);
    expect(pictures(dataDir)).toEqual([]);
  });

  it('when its picture is replaced; a picture chosen but not yet saved stays', async () => {
    const dataDir = tempDir();
    const { choose, saveOwn, call, services } = setup(dataDir);
    const first = await choose();
    await saveOwn([{ ...rows, picture: first }]);
    const second = await choose();
    // Another setting changes while the form still holds the new, unsaved picture.
    await call('saveSettings', {
      settings: { ...services.settingsStore.settings, theme: 'dark' },
    });
    expect(pictures(dataDir)).toEqual([first, second].sort());
    await saveOwn([{ ...rows, picture: second }]);
    expect(pictures(dataDir)).toEqual([second]);
  });

  it('at start, every picture file no own exercise names (a crash, a form never saved)', async () => {
    const dataDir = tempDir();
    const { choose, saveOwn } = setup(dataDir);
    const used = await choose();
    await saveOwn([{ ...rows, picture: used }]);
    const orphan = `${'b'.repeat(32)}.png`;
    writeFileSync(join(dataDir, 'pictures', orphan), PNG);
    // Not ours (another name form): never touched.
    writeFileSync(join(dataDir, 'pictures', 'notes.txt'), 'mine');
    setup(dataDir);
    expect(pictures(dataDir)).toEqual([used, 'notes.txt'].sort());
  });

  it('starts without a pictures folder', () => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    expect(() => setup(dataDir)).not.toThrow();
  });
});
