import { needsOnboarding } from '../../core/safety-check';
import { getIssueProblem } from '../../shared/settings/issue-text';
import { resetSettings, settingsSchema, type Settings } from '../../shared/settings/schema';
import type { SaveSettingsResult } from '../../shared/domain';
import type { InvokeHandlers } from '../../shared/ipc';
import { toShownError } from '../error-cause';
import type { HandlerContext } from './context';

/** The settings window's channels. Every payload is validated with the full schema. */
export function createSettingsHandlers({
  controller,
  settingsStore,
  dataDir,
  desktop,
  dimOverlaySupported,
}: HandlerContext): Pick<
  InvokeHandlers,
  'getSettings' | 'saveSettings' | 'resetSettings' | 'openDataFolder'
> {
  const save = (settings: Settings): Settings => {
    settingsStore.save(settings);
    return settings;
  };
  return {
    getSettings: () => ({
      settings: settingsStore.settings,
      problems: settingsStore.problems,
      needsOnboarding: needsOnboarding(settingsStore.settings),
      dataFolder: dataDir,
      idleAvailable: controller.getStatus().idleAvailable,
      dimOverlaySupported: dimOverlaySupported?.() ?? true,
    }),
    saveSettings: ({ settings }): SaveSettingsResult => {
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) {
        // Descriptors: the window formats them beside the fields, in its language.
        return { ok: false, problems: parsed.error.issues.map((issue) => getIssueProblem(issue)) };
      }
      const current = settingsStore.settings;
      // Safety and the first-run record change only through their own channels, so a
      // plain save can never turn pressure exercises back on.
      const next = { ...parsed.data, safety: current.safety, onboarding: current.onboarding };
      return { ok: true, settings: save(next) };
    },
    resetSettings: ({ section }) => save(resetSettings(settingsStore.settings, section)),
    openDataFolder: async () => {
      const error = await desktop.openPath(dataDir);
      // Electron's reason is English and names no code: the log keeps it.
      if (error) throw toShownError(new Error(`${dataDir}: ${error}`), 'open data folder');
      return { path: dataDir };
    },
  };
}
