import { needsOnboarding } from '../../core/safety-check';
import { resetSettings, settingsSchema, type Settings } from '../../shared/settings/schema';
import type { SaveSettingsResult } from '../../shared/domain';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The settings window's channels. Every payload is validated with the full schema. */
export function createSettingsHandlers({
  controller,
  settingsStore,
  dataDir,
  desktop,
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
    }),
    saveSettings: ({ settings }): SaveSettingsResult => {
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        }));
        return { ok: false, problems };
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
      if (error) throw new Error(`The folder ${dataDir} could not be opened: ${error}`);
      return { path: dataDir };
    },
  };
}
