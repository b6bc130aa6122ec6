import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import type { ProgrammeDialogs } from '../../../src/main/handlers/context';
import { ipcContract } from '../../../src/shared/ipc';
import type { Message } from '../../../src/shared/i18n/message';
import { createTranslator, english } from '../../../src/shared/i18n/translator';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import type { Settings } from '../../../src/shared/settings/schema';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';
import { inEnglish } from '../../support/settings-problems';
import type { SettingsProblem } from '../../../src/shared/settings/repair';

const tempDir = tempDirPerTest();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);

const chinTucks: OwnExercise = {
  id: 'own-chintuck1',
  name: 'Physio chin tucks',
  steps: ['Sit tall', 'Slide your chin back', 'Hold, then relax'],
  sides: 'one',
  kind: 'strength',
  area: 'neck',
  equipment: [],
  dose: { type: 'repetitions', count: 10 },
  picture: null,
};

/** The real handlers and stores on a temp folder; the dialogs answer what `paths` holds. */
function setup(dataDir = tempDir()) {
  const paths: { picture: string | null; importPath: string | null; exportPath: string | null } = {
    picture: null,
    importPath: null,
    exportPath: null,
  };
  const programmeDialogs: ProgrammeDialogs = {
    choosePicture: () => Promise.resolve(paths.picture),
    chooseImportPath: () => Promise.resolve(paths.importPath),
    chooseExportPath: () => Promise.resolve(paths.exportPath),
  };
  const services = createMainServices({
    dataDir,
    timeZone: 'Europe/Berlin',
    shell: createRecordingShell().ports,
    programmeDialogs,
  });
  const call = (name: keyof typeof ipcContract.invoke, payload?: unknown) =>
    services.router.handle(ipcContract.invoke[name].channel, payload, 'settings');
  const save = (settings: Settings) => call('saveSettings', { settings });
  return { services, call, save, paths, dataDir };
}

const pictures = (dataDir: string) =>
  existsSync(join(dataDir, 'pictures')) ? readdirSync(join(dataDir, 'pictures')) : [];

describe('own exercise pictures', () => {
  it('copies a PNG into the user-data folder under a generated name and shows it as data:', async () => {
    const { call, paths, dataDir } = setup();
    paths.picture = join(tempDir(), 'my physio.PNG');
    writeFileSync(paths.picture, PNG);
    const choice = (await call('chooseOwnPicture')) as { ok: true; picture: string };
    expect(choice.picture).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(pictures(dataDir)).toEqual([choice.picture]);
    await expect(call('getOwnPicture', { picture: choice.picture })).resolves.toEqual({
      dataUrl: `data:image/png;base64,${PNG.toString('base64')}`,
    });
  });

  it('refuses a file that only pretends to be a picture, and one over 2 MB', async () => {
    const { call, paths, dataDir } = setup();
    paths.picture = join(tempDir(), 'not-really.png');
    writeFileSync(paths.picture, '<svg onload="alert(1)"></svg>');
    await expect(call('chooseOwnPicture')).resolves.toEqual({
      ok: false,
      error: { id: 'data.picture.notPicture' },
    });
    writeFileSync(paths.picture, Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    const tooLarge = (await call('chooseOwnPicture')) as { ok: false; error: Message };
    expect(tooLarge.error).toEqual({
      id: 'data.picture.tooLarge',
      values: { megabytes: (PNG.length + 2 * 1024 * 1024) / 1024 / 1024 },
    });
    expect(english.format(tooLarge.error)).toBe('The picture is 2.0 MB; use one of at most 2 MB');
    expect(createTranslator('de').format(tooLarge.error)).toBe(
      'Das Bild ist 2,0 MB groß; nimm eines mit höchstens 2 MB',
    );
    // A file that vanished between the dialog and the copy: a cause, not ENOENT's English.
    paths.picture = join(tempDir(), 'gone.png');
    await expect(call('chooseOwnPicture')).resolves.toEqual({
      ok: false,
      error: { id: 'data.picture.unreadable', values: { cause: { id: 'data.cause.missing' } } },
    });
    expect(pictures(dataDir)).toEqual([]);
  });

  it('never reads a path the renderer names', async () => {
    const { call } = setup();
    await expect(call('getOwnPicture', { picture: '../settings.json' })).rejects.toThrow();
  });

  it('says when the person cancels the dialog', async () => {
    const { call } = setup();
    await expect(call('chooseOwnPicture')).resolves.toBeNull();
  });
});

describe('own exercises in settings', () => {
  it('are checked field by field against the evidence range of their kind', async () => {
    const { services, save } = setup();
    const settings = structuredClone(services.settingsStore.settings);
    settings.programme.own = [
      { ...chinTucks, name: ' ', dose: { type: 'repetitions', count: 200 } },
    ];
    const result = (await save(settings)) as { ok: false; problems: { path: string }[] };
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual([
      'programme.own.0.name',
      'programme.own.0.dose.count',
    ]);
    settings.programme.own = [{ ...chinTucks, dose: { type: 'repetitions', count: 200 } }];
    const refused = (await save(settings)) as { ok: false; problems: SettingsProblem[] };
    expect(inEnglish(refused.problems)).toEqual([
      {
        path: 'programme.own.0.dose.count',
        message: 'Use 5 to 30 repetitions for this kind of exercise',
      },
    ]);
    expect(services.settingsStore.settings.programme.own).toEqual([]);
  });
});

describe('the programme file', () => {
  it('round-trips the programme, own exercises and their pictures', async () => {
    const first = setup();
    first.paths.picture = join(tempDir(), 'a.png');
    writeFileSync(first.paths.picture, PNG);
    const { picture } = (await first.call('chooseOwnPicture')) as { picture: string };
    const settings = structuredClone(first.services.settingsStore.settings);
    settings.programme = {
      mode: 'fixed',
      exerciseIds: [chinTucks.id, 'seated-cat-cow'],
      own: [{ ...chinTucks, picture }],
    };
    await expect(first.save(settings)).resolves.toMatchObject({ ok: true });
    first.paths.exportPath = join(tempDir(), 'programme.json');
    await expect(first.call('exportProgramme')).resolves.toEqual({
      path: first.paths.exportPath,
      picturesLeftOut: [],
    });

    const second = setup();
    second.paths.importPath = first.paths.exportPath;
    const result = (await second.call('importProgramme')) as { ok: true; settings: Settings };
    expect(result.ok).toBe(true);
    const { programme } = second.services.settingsStore.settings;
    expect(programme.mode).toBe('fixed');
    expect(programme.exerciseIds).toEqual([chinTucks.id, 'seated-cat-cow']);
    const copied = programme.own[0]?.picture ?? '';
    expect(readFileSync(join(second.dataDir, 'pictures', copied))).toEqual(PNG);
    // Imported again, the same exercise is replaced, not doubled.
    await second.call('importProgramme');
    expect(second.services.settingsStore.settings.programme.own).toHaveLength(1);
  });

  const badFiles: [string, string, string][] = [
    ['not JSON', '{ programme: ', 'The file is not JSON'],
    ['another file', '{"name":"x"}', 'This is not an Unknot programme file.'],
    [
      'a newer version',
      '{"format":"unknot-programme","version":2}',
      'This programme file is version 2; this Unknot reads version 1.',
    ],
    [
      'an invalid field',
      JSON.stringify({
        format: 'unknot-programme',
        version: 1,
        programme: { mode: 'fixed', exerciseIds: [] },
        ownExercises: [{ ...chinTucks, name: 'x'.repeat(61) }],
      }),
      'The field "ownExercises.0.name" is not valid: At most 60 characters.',
    ],
    [
      'a picture that is not one',
      JSON.stringify({
        format: 'unknot-programme',
        version: 1,
        programme: { mode: 'rotation', exerciseIds: [] },
        ownExercises: [{ ...chinTucks, picture: { type: 'png', base64: 'PHN2Zz4=' } }],
      }),
      'The field "ownExercises.0.picture" is not valid: Use a PNG, JPEG or WebP picture.',
    ],
  ];

  it.each(badFiles)('refuses %s with a clear error and changes nothing', async (_, text, error) => {
    const { services, call, paths, dataDir } = setup();
    const before = structuredClone(services.settingsStore.settings);
    paths.importPath = join(tempDir(), 'bad.json');
    writeFileSync(paths.importPath, text);
    const result = (await call('importProgramme')) as { ok: false; error: Message };
    expect(result.ok).toBe(false);
    expect(result.error.id).toMatch(/^data\.programme\./);
    expect(english.format(result.error)).toContain(error);
    expect(createTranslator('de').format(result.error)).not.toContain(error);
    // A field's own problem is worded in the window's language too, not in zod's English.
    const [, problem] = error.split(': ');
    if (problem) expect(createTranslator('de').format(result.error)).not.toContain(problem);
    expect(services.settingsStore.settings).toEqual(before);
    expect(pictures(dataDir)).toEqual([]);
  });
});
