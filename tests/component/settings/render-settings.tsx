import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { endProtectiveMode, startProtectiveMode } from '../../../src/core/protective-mode';
import {
  applySafetyAnswers,
  completeOnboarding,
  getPressureOnRefusal,
  setOperationSites,
  turnPressureOff,
  turnPressureOn,
} from '../../../src/core/safety-check';
import {
  getDefaultSettings,
  resetSettings,
  settingsSchema,
  type Settings,
} from '../../../src/shared/settings/schema';
import type { SettingsProblem } from '../../../src/shared/settings/repair';
import { ApiContext } from '../../../src/renderer/common/api';
import { SettingsView } from '../../../src/renderer/settings/SettingsView';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { createFakeApi } from '../fake-api';

const NOW = Date.UTC(2026, 10, 23, 9, 0);

/**
 * Renders the settings window over a fake main that keeps the settings in memory and
 * validates saves with the real schema, as main's handler does.
 */
export async function renderSettings(
  options: {
    initial?: Settings;
    problems?: SettingsProblem[];
    handlers?: Partial<InvokeHandlers>;
    idleAvailable?: boolean;
  } = {},
) {
  let stored: Settings = options.initial ?? getDefaultSettings();
  const keep = (settings: Settings) => {
    stored = settings;
    return settings;
  };
  const fake = createFakeApi({
    getSettings: () => ({
      settings: stored,
      problems: options.problems ?? [],
      needsOnboarding: false,
      dataFolder: '/home/person/.config/Unknot',
      idleAvailable: options.idleAvailable ?? true,
    }),
    saveSettings: ({ settings }) => {
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) {
        return {
          ok: false,
          problems: parsed.error.issues.map((i) => ({
            path: i.path.join('.'),
            message: i.message,
          })),
        };
      }
      return { ok: true, settings: keep({ ...parsed.data, safety: stored.safety }) };
    },
    resetSettings: ({ section }) => keep(resetSettings(stored, section)),
    setSafetyAnswers: ({ answers, operationSites }) =>
      keep(applySafetyAnswers(stored, answers, NOW, operationSites)),
    setPressureAllowed: ({ allowed, professionalSaidSafe }) => {
      if (!allowed) return keep(turnPressureOff(stored));
      if (getPressureOnRefusal(stored, professionalSaidSafe === true)) {
        throw new Error(
          'Pressure exercises stay off until you confirm that a doctor or physiotherapist said they are fine for you.',
        );
      }
      return keep(turnPressureOn(stored, NOW));
    },
    setOperationSites: ({ sites }) => keep(setOperationSites(stored, sites)),
    reportWarningSign: ({ signs }) => keep(startProtectiveMode(stored, signs, NOW)),
    endProtectiveMode: () => keep(endProtectiveMode(stored)),
    completeOnboarding: (result) => keep(completeOnboarding(stored, { ...result, at: NOW })),
    openDataFolder: () => ({ path: '/home/person/.config/Unknot' }),
    getProblems: () => [],
    exportHistory: () => {
      throw new Error('Exporting history is not available yet.');
    },
    getTension: () => ({
      checkIns: [],
      advice: { kind: 'notEnoughData', trend: null, message: 'Rate your tension once a week.' },
      weeks: [],
    }),
    ...options.handlers,
  });
  const user = userEvent.setup();
  render(
    <ApiContext.Provider value={fake.api}>
      <SettingsView />
    </ApiContext.Provider>,
  );
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  return {
    user,
    fake,
    stored: () => stored,
    saves: () => fake.calls.filter((call) => call.name === 'saveSettings').length,
  };
}

/** The text of the messages that describe a field (hint and validation message). */
export function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
