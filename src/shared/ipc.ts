import { z } from 'zod/mini';
import type {
  AppStatus,
  BreakPrompt,
  BreakResult,
  EffortRated,
  ExportFormat,
  ExportResult,
  SaveSettingsResult,
  SettingsSnapshot,
  SummaryView,
  WindowKind,
} from './domain';
import type { Settings, SettingsInput } from './settings/schema';
import { SAFETY_QUESTIONS, type ContraindicationId } from './safety';
import { tensionEntrySchema, type TensionOverview } from './tension';

/**
 * The IPC contract: every channel, who may call it, its request schema and its
 * response type. Main's handlers, the preload facade and the renderer's calls are
 * all typed from this object; nothing is declared a second time elsewhere.
 */

/** A type carried by the contract with no runtime value (responses are trusted: main makes them). */
const returns = <T>(): T => undefined as T;

const ALL_WINDOWS: readonly WindowKind[] = ['break', 'summary', 'settings', 'onboarding'];

const idSchema = z.string().check(z.minLength(1), z.maxLength(128));
const secondsSchema = z.number().check(z.gte(0), z.lte(24 * 3600));

export const breakResultSchema = z.object({
  promptId: idSchema,
  outcome: z.enum(['completed', 'partial', 'skipped', 'snoozed']),
  exercises: z
    .array(
      z.object({ exerciseId: idSchema, heldSeconds: z.array(secondsSchema).check(z.maxLength(2)) }),
    )
    .check(z.maxLength(10)),
}) satisfies z.ZodMiniType<BreakResult>;

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

const CONTRAINDICATION_IDS = SAFETY_QUESTIONS.map((question) => question.id) as [
  ContraindicationId,
  ...ContraindicationId[],
];

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

export const ipcContract = {
  invoke: {
    // ── Every window ────────────────────────────────────────────────────────────
    getStatus: {
      channel: 'unknot:get-status',
      windows: ALL_WINDOWS,
      request: z.void(),
      response: returns<AppStatus>(),
    },

    // ── Break window ────────────────────────────────────────────────────────────
    getBreak: {
      channel: 'unknot:get-break',
      windows: ['break'],
      request: z.void(),
      response: returns<BreakPrompt | null>(),
    },
    finishBreak: {
      channel: 'unknot:finish-break',
      windows: ['break'],
      request: breakResultSchema,
      // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a handler that answers nothing
      response: returns<void>(),
    },
    /** "Too much / right / too little" after a pressure hold or a strength set. */
    rateEffort: {
      channel: 'unknot:rate-effort',
      windows: ['break'],
      request: z.object({
        exerciseId: idSchema,
        effort: z.enum(['too-much', 'right', 'too-little']),
      }),
      response: returns<EffortRated>(),
    },

    // ── Summary window ──────────────────────────────────────────────────────────
    /**
     * One week's summary: `weeksBack` 0 is this week, 1 last week…; 'start' is the week
     * the window was opened for (last week when opened from the Monday notice).
     */
    getSummary: {
      channel: 'unknot:get-summary',
      windows: ['summary'],
      request: z.object({
        weeksBack: z.union([
          z.literal('start'),
          z.number().check(z.int(), z.gte(0), z.lte(52 * 20)),
        ]),
      }),
      response: returns<SummaryView>(),
    },
    /** Exports the whole adherence history through a save dialog. */
    exportHistory: {
      channel: 'unknot:export-history',
      windows: ['summary', 'settings'],
      request: z.object({ format: z.enum(['csv', 'json']) satisfies z.ZodMiniType<ExportFormat> }),
      response: returns<ExportResult>(),
    },

    // ── Settings and onboarding windows ─────────────────────────────────────────
    /** Settings, with any problems found in the file and whether the first run is due. */
    getSettings: {
      channel: 'unknot:get-settings',
      windows: ALL_WINDOWS,
      request: z.void(),
      response: returns<SettingsSnapshot>(),
    },
    /** Saves a whole settings object; invalid fields come back with their messages. */
    saveSettings: {
      channel: 'unknot:save-settings',
      windows: ['settings', 'onboarding'],
      request: z.object({ settings: settingsPayloadSchema }),
      response: returns<SaveSettingsResult>(),
    },
    resetSettings: {
      channel: 'unknot:reset-settings',
      windows: ['settings'],
      request: z.object({ section: z.enum(SETTINGS_SECTION_NAMES) }),
      response: returns<Settings>(),
    },
    /** Records safety answers: a single "yes" turns pressure exercises off. */
    setSafetyAnswers: {
      channel: 'unknot:set-safety-answers',
      windows: ['settings', 'onboarding'],
      request: z.object({ answers: safetyAnswersSchema }),
      response: returns<Settings>(),
    },
    /** Pressure back on needs the person to confirm a professional said it is fine. */
    setPressureAllowed: {
      channel: 'unknot:set-pressure-allowed',
      windows: ['settings'],
      request: z.object({ allowed: z.boolean(), professionalSaidSafe: z.optional(z.boolean()) }),
      response: returns<Settings>(),
    },
    completeOnboarding: {
      channel: 'unknot:complete-onboarding',
      windows: ['onboarding', 'settings'],
      request: z.object({
        skipped: z.boolean(),
        equipment: z.optional(equipmentSchema),
        answers: z.optional(safetyAnswersSchema),
      }),
      response: returns<Settings>(),
    },
    /** Opens the folder holding settings and history in the file manager. */
    openDataFolder: {
      channel: 'unknot:open-data-folder',
      windows: ['settings'],
      request: z.void(),
      response: returns<{ path: string }>(),
    },

    // ── Tension check-in (hosted by the summary window; also in settings) ───────
    getTension: {
      channel: 'unknot:get-tension',
      windows: ['summary', 'settings'],
      request: z.void(),
      response: returns<TensionOverview>(),
    },
    saveTensionCheckIn: {
      channel: 'unknot:save-tension-check-in',
      windows: ['summary', 'settings'],
      request: tensionEntrySchema,
      response: returns<TensionOverview>(),
    },
  },
  events: {
    status: { channel: 'unknot:event:status', payload: returns<AppStatus>() },
    /** Settings after every change, so open windows (theme) follow at once. */
    settings: { channel: 'unknot:event:settings', payload: returns<Settings>() },
  },
} as const;

type Invokes = typeof ipcContract.invoke;
type Events = typeof ipcContract.events;

export type InvokeName = keyof Invokes;
export type EventName = keyof Events;
export type InvokeRequest<N extends InvokeName> = z.input<Invokes[N]['request']>;
export type ValidRequest<N extends InvokeName> = z.output<Invokes[N]['request']>;
export type InvokeResponse<N extends InvokeName> = Invokes[N]['response'];
export type EventPayload<E extends EventName> = Events[E]['payload'];

// A request type of void means the method takes no argument.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
type Method<N extends InvokeName> = [InvokeRequest<N>] extends [void]
  ? () => Promise<InvokeResponse<N>>
  : (request: InvokeRequest<N>) => Promise<InvokeResponse<N>>;

/** `window.unknot`: one named method per invoke channel, plus event subscription. */
export type UnknotApi = { [N in InvokeName]: Method<N> } & {
  /** Subscribes to an event pushed from main; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Main's side: one handler per invoke channel, given an already validated request. */
export type InvokeHandlers = {
  [N in InvokeName]: (
    request: ValidRequest<N>,
    sender: { window: WindowKind },
  ) => InvokeResponse<N> | Promise<InvokeResponse<N>>;
};

/** How a facade reaches main: ipcRenderer in the preload, a page binding in browser tests. */
export interface IpcTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

export const invokeNames = Object.keys(ipcContract.invoke) as InvokeName[];

/** Builds the renderer-facing API over a transport. The only place channels meet names. */
export function createUnknotApi(transport: IpcTransport): UnknotApi {
  const api: Record<string, unknown> = {};
  for (const name of invokeNames) {
    const { channel } = ipcContract.invoke[name];
    api[name] = (request?: unknown) => transport.invoke(channel, request);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) =>
    transport.subscribe(ipcContract.events[event].channel, listener);
  // The object is built from the contract's own keys above, so its shape is UnknotApi.
  return Object.freeze(api) as UnknotApi;
}
