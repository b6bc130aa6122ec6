import { z } from 'zod/mini';
import type {
  AppStatus,
  BreakPrompt,
  BreakResult,
  EffortRated,
  ExportFormat,
  ExportResult,
  SummaryView,
  WindowKind,
} from './domain';
import type { DataProblem } from './problems';
import type { Settings } from './settings/schema';
import { focusInvokes } from './ipc-focus';
import { i18nInvokes } from './ipc-i18n';
import { safetyInvokes } from './ipc-safety';
import { settingsInvokes } from './ipc-settings';
import { knotInvokes } from './ipc-knots';
import { programmeInvokes } from './ipc-programme';
import { summaryInvokes } from './ipc-summary';
import { shortcutEvents, shortcutInvokes } from './ipc-shortcuts';
import { tensionEntrySchema, type TensionOverview } from './tension';
import { eventChannels, invokeChannels } from './ipc-names';

/**
 * The IPC contract: every channel, who may call it, its request schema and its
 * response type. Main's handlers, the preload facade and the renderer's calls are
 * all typed from this object; nothing is declared a second time elsewhere.
 */

/** A type carried by the contract with no runtime value (responses are trusted: main makes them). */
const returns = <T>(): T => undefined as T;

const ALL_WINDOWS: readonly WindowKind[] = ['break', 'summary', 'settings', 'onboarding', 'knots'];

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

export const ipcContract = {
  invoke: {
    // ── Every window ────────────────────────────────────────────────────────────
    getStatus: {
      channel: invokeChannels.getStatus,
      windows: ALL_WINDOWS,
      request: z.void(),
      response: returns<AppStatus>(),
    },

    // ── Break window ────────────────────────────────────────────────────────────
    getBreak: {
      channel: invokeChannels.getBreak,
      windows: ['break'],
      request: z.void(),
      response: returns<BreakPrompt | null>(),
    },
    finishBreak: {
      channel: invokeChannels.finishBreak,
      windows: ['break'],
      request: breakResultSchema,
      // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a handler that answers nothing
      response: returns<void>(),
    },
    /**
     * "Too much / right / too little" after a pressure hold or a strength set; a later
     * rating of the same exercise in the same break (`promptId`) replaces an earlier one.
     */
    rateEffort: {
      channel: invokeChannels.rateEffort,
      windows: ['break'],
      request: z.object({
        promptId: idSchema,
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
      channel: invokeChannels.getSummary,
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
      channel: invokeChannels.exportHistory,
      windows: ['summary', 'settings'],
      request: z.object({ format: z.enum(['csv', 'json']) satisfies z.ZodMiniType<ExportFormat> }),
      response: returns<ExportResult>(),
    },

    ...settingsInvokes,
    ...safetyInvokes,
    ...i18nInvokes,

    // ── Tension check-in (hosted by the summary window; also in settings) ───────
    getTension: {
      channel: invokeChannels.getTension,
      windows: ['summary', 'settings'],
      request: z.void(),
      response: returns<TensionOverview>(),
    },
    saveTensionCheckIn: {
      channel: invokeChannels.saveTensionCheckIn,
      windows: ['summary', 'settings'],
      request: tensionEntrySchema,
      response: returns<TensionOverview>(),
    },

    // ── The problems channel (Settings › Your data) ─────────────────────────────
    /** Every store's standing problems: set-aside files, writes waiting for a retry. */
    getProblems: {
      channel: invokeChannels.getProblems,
      windows: ['settings'],
      request: z.void(),
      response: returns<DataProblem[]>(),
    },
    /** The person has read a problem about a set-aside file; waiting writes stay. */
    dismissProblem: {
      channel: invokeChannels.dismissProblem,
      windows: ['settings'],
      request: z.object({ key: z.string().check(z.minLength(1), z.maxLength(2000)) }),
      response: returns<DataProblem[]>(),
    },
    ...focusInvokes,
    ...knotInvokes,
    ...programmeInvokes,
    ...summaryInvokes,
    ...shortcutInvokes,
  },
  events: {
    status: { channel: eventChannels.status, payload: returns<AppStatus>() },
    /** Settings after every change, so open windows (theme) follow at once. */
    settings: { channel: eventChannels.settings, payload: returns<Settings>() },
    /** The standing problems after every change. */
    problems: { channel: eventChannels.problems, payload: returns<DataProblem[]>() },
    ...shortcutEvents,
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

/** Every contract entry has its name in ./ipc-names, or this line fails to typecheck. */
type Unnamed =
  Exclude<InvokeName, keyof typeof invokeChannels> | Exclude<EventName, keyof typeof eventChannels>;
export const everyChannelNamed: [Unnamed] extends [never] ? true : Unnamed = true;

/** Re-exported so callers of the facade need not know where it lives. */
export { createUnknotApi } from './ipc-names';
