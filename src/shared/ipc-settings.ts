import { z } from 'zod/mini';
import type { SaveSettingsResult, SettingsSnapshot, WindowKind } from './domain';
import { operationSitesSchema } from './ipc-safety';
import { invokeChannels } from './ipc-names';
import { CONTRAINDICATION_IDS } from './safety';
import type { Settings, SettingsInput } from './settings/schema';

/**
 * The settings and onboarding windows' channels (spread into `ipcContract.invoke` in
 * ./ipc): reading and saving settings, resets, the safety answers, the first run.
 */

const returns = <T>(): T => undefined as T;

const ALL_WINDOWS: readonly WindowKind[] = ['break', 'summary', 'settings', 'onboarding', 'knots'];

const SETTINGS_SECTION_NAMES = [
  'breaks',
  'workingHours',
  'equipment',
  'sound',
  'shortcuts',
  'calendar',
  'appearance',
  'all',
] as const;

/** Yes (true) / no (false) per safety question. */
const safetyAnswersSchema = z.partialRecord(z.enum(CONTRAINDICATION_IDS), z.boolean());

const equipmentSchema = z.object({
  ball: z.boolean(),
  wall: z.boolean(),
  doorway: z.boolean(),
  chair: z.boolean(),
});

/**
 * Only the outer shape is checked here (the preload stays small); main validates the
 * settings themselves with the full schema and answers with a message per field.
 */
const settingsPayloadSchema = z.custom<SettingsInput>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { error: 'Settings must be an object' },
);

export const settingsInvokes = {
  /** Settings, with any problems found in the file and whether the first run is due. */
  getSettings: {
    channel: invokeChannels.getSettings,
    windows: ALL_WINDOWS,
    request: z.void(),
    response: returns<SettingsSnapshot>(),
  },
  /** Saves a whole settings object; invalid fields come back with their messages. */
  saveSettings: {
    channel: invokeChannels.saveSettings,
    windows: ['settings', 'onboarding'] as readonly WindowKind[],
    request: z.object({ settings: settingsPayloadSchema }),
    response: returns<SaveSettingsResult>(),
  },
  resetSettings: {
    channel: invokeChannels.resetSettings,
    windows: ['settings'] as readonly WindowKind[],
    request: z.object({ section: z.enum(SETTINGS_SECTION_NAMES) }),
    response: returns<Settings>(),
  },
  /** Records safety answers on top of earlier ones; a "yes" turns pressure off. */
  setSafetyAnswers: {
    channel: invokeChannels.setSafetyAnswers,
    windows: ['settings', 'onboarding', 'break'] as readonly WindowKind[],
    request: z.object({
      answers: safetyAnswersSchema,
      operationSites: z.optional(operationSitesSchema),
    }),
    response: returns<Settings>(),
  },
  /** Pressure back on after a "yes" needs the person to confirm a professional said it is fine. */
  setPressureAllowed: {
    channel: invokeChannels.setPressureAllowed,
    windows: ['settings'] as readonly WindowKind[],
    request: z.object({ allowed: z.boolean(), professionalSaidSafe: z.optional(z.boolean()) }),
    response: returns<Settings>(),
  },
  completeOnboarding: {
    channel: invokeChannels.completeOnboarding,
    windows: ['onboarding', 'settings'] as readonly WindowKind[],
    request: z.object({
      skipped: z.boolean(),
      equipment: z.optional(equipmentSchema),
      answers: z.optional(safetyAnswersSchema),
      operationSites: z.optional(operationSitesSchema),
    }),
    response: returns<Settings>(),
  },
  /** Opens the folder holding settings and history in the file manager. */
  openDataFolder: {
    channel: invokeChannels.openDataFolder,
    windows: ['settings'] as readonly WindowKind[],
    request: z.void(),
    response: returns<{ path: string }>(),
  },
};
