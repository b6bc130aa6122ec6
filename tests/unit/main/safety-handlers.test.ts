import { describe, expect, it } from 'vitest';
import { setMainLanguage } from '../../../src/main/i18n';
import { createMainServices } from '../../../src/main/services';
import type { BreakPrompt, WindowKind } from '../../../src/shared/domain';
import { findExercise } from '../../../src/shared/exercises';
import { ipcContract } from '../../../src/shared/ipc';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';
import { ALL_NO } from '../core/safety-fixtures';

const tempDir = tempDirPerTest();
const DAY = 24 * 60 * 60 * 1000;

/** The real main side (stores on real files, handlers, router) with a recording shell. */
function setup() {
  const shell = createRecordingShell();
  const services = createMainServices({
    dataDir: tempDir(),
    timeZone: 'Europe/Berlin',
    shell: shell.ports,
    desktop: { openPath: async () => '' },
  });
  const call = (name: keyof typeof ipcContract.invoke, payload: unknown, from: WindowKind) =>
    services.router.handle(ipcContract.invoke[name].channel, payload, from);
  /** The kinds of exercise a break started now would hold. */
  const nextBreakKinds = async () => {
    services.controller.dispatch({ type: 'startBreakNow' });
    const prompt = (await call('getBreak', undefined, 'break')) as BreakPrompt;
    await call('finishBreak', { promptId: prompt.id, outcome: 'skipped', exercises: [] }, 'break');
    return prompt.exercises.map((plan) => findExercise(plan.exerciseId)?.kind);
  };
  return { services, shell, call, nextBreakKinds };
}

describe('safety channels (real handlers and stores)', () => {
  it('a fresh install plans no pressure; the inline check from the break window opens it', async () => {
    const { services, call, nextBreakKinds } = setup();
    services.controller.start();
    expect(await nextBreakKinds()).not.toContain('pressure');
    await expect(call('setPressureAllowed', { allowed: true }, 'settings')).rejects.toThrow(
      /until you have answered the safety questions/,
    );
    await call('setSafetyAnswers', { answers: ALL_NO }, 'break');
    expect(services.settingsStore.settings.safety.pressureAllowed).toBe(true);
    expect(await nextBreakKinds()).toContain('pressure');
  });

  it('a refusal to turn pressure on is worded in the chosen language', async () => {
    const { call } = setup();
    setMainLanguage('de', []);
    try {
      await expect(call('setPressureAllowed', { allowed: true }, 'settings')).rejects.toThrow(
        /^Druckübungen bleiben aus, bis du die Sicherheitsfragen beantwortet hast\./,
      );
      await call('setSafetyAnswers', { answers: { ...ALL_NO, anticoagulants: true } }, 'settings');
      await expect(call('setPressureAllowed', { allowed: true }, 'settings')).rejects.toThrow(
        /^Druckübungen bleiben aus, bis du bestätigst/,
      );
    } finally {
      setMainLanguage('en', []);
    }
  });

  it('a red flag in the check-in turns on protective mode: the next break is gentle movement', async () => {
    const { services, call, nextBreakKinds } = setup();
    services.controller.start();
    await call('setSafetyAnswers', { answers: ALL_NO }, 'settings');
    const entry = { ratings: { neck: 6 }, redFlags: ['numbness'], emergency: false };
    await call('saveTensionCheckIn', entry, 'summary');
    const { protective } = services.settingsStore.settings.safety;
    expect(protective).toMatchObject({ signs: ['numbness'] });
    expect((protective?.until ?? 0) - (protective?.since ?? 0)).toBe(14 * DAY);
    for (const kind of await nextBreakKinds()) expect(kind).toBe('movement');
    await call('endProtectiveMode', { professionalHasSeen: true }, 'settings');
    expect(services.settingsStore.settings.safety.protective).toBeNull();
    expect(await nextBreakKinds()).toContain('pressure');
  });

  it('a sign reported at a break turns it on too; a check-in without signs does not', async () => {
    const { services, call } = setup();
    await call('saveTensionCheckIn', { ratings: {}, redFlags: [], emergency: false }, 'summary');
    expect(services.settingsStore.settings.safety.protective).toBeNull();
    await call('reportWarningSign', { signs: ['calfClot'] }, 'break');
    expect(services.settingsStore.settings.safety.protective?.signs).toEqual(['calfClot']);
    await expect(call('reportWarningSign', { signs: [] }, 'break')).rejects.toThrow(
      /Invalid request/,
    );
    await expect(
      call('endProtectiveMode', { professionalHasSeen: false }, 'break'),
    ).rejects.toThrow(/Invalid request/);
  });

  it('operation sites come with the answers and go back one by one', async () => {
    const { services, call } = setup();
    const answers = { ...ALL_NO, recentInjury: true };
    await call('setSafetyAnswers', { answers, operationSites: ['hip', 'knee'] }, 'settings');
    expect(services.settingsStore.settings.safety.operationSites).toEqual(['hip', 'knee']);
    await call('setOperationSites', { sites: ['knee'] }, 'settings');
    expect(services.settingsStore.settings.safety.operationSites).toEqual(['knee']);
    await expect(call('setOperationSites', { sites: ['elbow'] }, 'settings')).rejects.toThrow(
      /Invalid request/,
    );
  });
});
