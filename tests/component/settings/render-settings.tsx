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
import { getIssueProblem } from '../../../src/shared/settings/issue-text';
import { ApiContext } from '../../../src/renderer/common/api';
import { LanguageRoot } from '../../../src/renderer/common/i18n/LanguageRoot';
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
    /** The page to open, as the URL hash names it (e.g. 'safety'); the first page otherwise. */
    page?: string;
  } = {},
) {
  window.location.hash = options.page ? `#${options.page}` : '';
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
          problems: parsed.error.issues.map((issue) => getIssueProblem(issue)),
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
      advice: { kind: 'notEnoughData', trend: null, message: { id: 'advice.rateWeekly' } },
      weeks: [],
    }),
    getShortcutRefusals: () => [],
    ...options.handlers,
  });
  const user = userEvent.setup();
  render(
    <ApiContext.Provider value={fake.api}>
      <LanguageRoot>
        <SettingsView />
      </LanguageRoot>
    </ApiContext.Provider>,
  );
  // Named in the window's language: English unless `handlers.getLanguage` says otherwise.
  // The first render of a file also loads that language's messages: allow for a slow machine.
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
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
