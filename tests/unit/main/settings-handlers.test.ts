import { describe, expect, it } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { createMainServices } from '../../../src/main/services';
import type { SaveSettingsResult, WindowKind } from '../../../src/shared/domain';
import { ipcContract } from '../../../src/shared/ipc';
import type { TensionOverview } from '../../../src/shared/tension';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';
import { ALL_NO } from '../core/safety-fixtures';
import { inEnglish } from '../../support/settings-problems';

const tempDir = tempDirPerTest();
const MINUTE = 60_000;

/** The real main side (stores on real files, handlers, router) with a recording shell. */
function setup() {
  const shell = createRecordingShell();
  const opened: string[] = [];
  const dataDir = tempDir();
  const services = createMainServices({
    dataDir,
    timeZone: 'Europe/Berlin',
    shell: shell.ports,
    desktop: {
      openPath: async (path) => {
        opened.push(path);
        return path.includes('missing') ? 'No such folder' : '';
      },
    },
  });
  const call = (
    name: keyof typeof ipcContract.invoke,
    payload: unknown,
    from: WindowKind = 'settings',
  ) => services.router.handle(ipcContract.invoke[name].channel, payload, from);
  return { services, shell, call, opened, dataDir };
}

describe('settings channels (real handlers and stores)', () => {
  it('a valid save applies at once: engine reconfigured, windows told', async () => {
    const { services, shell, call } = setup();
    await services.controller.start();
    const before = services.controller.getStatus().nextBreakAt ?? 0;
    const settings = getDefaultSettings();
    settings.breaks.postureEveryMinutes = 50;
    await expect(call('saveSettings', { settings })).resolves.toMatchObject({ ok: true });
    expect(services.controller.getStatus().nextBreakAt).toBe(before + 20 * MINUTE);
    expect(shell.calls.broadcast.filter(([event]) => event === 'settings')).toHaveLength(1);
  });

  it('an invalid save is refused field by field and changes nothing', async () => {
    const { services, call } = setup();
    const settings = {
      ...getDefaultSettings(),
      theme: 'pink',
      breaks: { postureEveryMinutes: 500 },
    };
    const result = (await call('saveSettings', { settings })) as SaveSettingsResult;
    expect(result.ok).toBe(false);
    expect(inEnglish(result.ok ? [] : result.problems)).toEqual([
      { path: 'breaks.postureEveryMinutes', message: 'At most 60 minutes' },
      { path: 'theme', message: 'This value cannot be used' },
    ]);
    expect(services.settingsStore.settings).toEqual(getDefaultSettings());
    await expect(call('saveSettings', { settings: 'all of them' })).rejects.toThrow(
      /Invalid request for "saveSettings".*Settings must be an object/s,
    );
  });

  it('a plain save cannot turn pressure exercises back on', async () => {
    const { services, call } = setup();
    const answers = { ...ALL_NO, anticoagulants: true };
    await call('setSafetyAnswers', { answers }, 'onboarding');
    const sneaky = {
      ...services.settingsStore.settings,
      safety: { pressureAllowed: true, contraindications: [] },
    };
    await call('saveSettings', { settings: sneaky });
    expect(services.settingsStore.settings.safety.pressureAllowed).toBe(false);
    await expect(call('setPressureAllowed', { allowed: true })).rejects.toThrow(
      /doctor or physiotherapist/,
    );
    await call('setPressureAllowed', { allowed: true, professionalSaidSafe: true });
    expect(services.settingsStore.settings.safety).toMatchObject({
      pressureAllowed: true,
      contraindications: ['anticoagulants'],
    });
  });

  it('onboarding: needed at first, recorded once completed, refused from the break window', async () => {
    const { services, call, shell } = setup();
    expect(services.needsOnboarding()).toBe(true);
    await expect(call('completeOnboarding', { skipped: true }, 'break')).rejects.toThrow(
      /not allowed from the break window/,
    );
    await call(
      'completeOnboarding',
      { skipped: false, answers: { pregnancy: true } },
      'onboarding',
    );
    expect(services.needsOnboarding()).toBe(false);
    expect(services.settingsStore.settings.onboarding.completedAt).toBe(shell.ports.now().wall);
  });

  it('opens the data folder through the desktop port and reports a failure', async () => {
    const { call, opened, dataDir } = setup();
    await expect(call('openDataFolder', undefined)).resolves.toEqual({ path: dataDir });
    expect(opened).toEqual([dataDir]);
  });

  it('tension: saved to the real file, advice from the rule, allowed from the summary window', async () => {
    const { services, call } = setup();
    const overview = await call(
      'saveTensionCheckIn',
      { ratings: { neck: 6 }, redFlags: ['nightPain'], emergency: false },
      'summary',
    );
    expect(overview).toMatchObject({
      advice: { kind: 'redFlag' },
      checkIns: [{ ratings: { neck: 6 } }],
    });
    expect(services.tensionStore.readAll()).toHaveLength(1);
    // The trend's current week holds the check-in just saved.
    const { weeks } = overview as TensionOverview;
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toMatchObject({ tension: 6, checkIns: 1 });
    await expect(
      call('saveTensionCheckIn', { ratings: { neck: 11 }, redFlags: [], emergency: false }),
    ).rejects.toThrow(/Invalid request/);
  });
});
