/**
 * The IPC channel names, apart from the schemas: all the preload needs (it stays a few
 * KB). Main validates with the schemas in ./ipc, whose entries take their channel from
 * here; a contract entry without a name here fails typecheck there.
 */
import type { EventName, IpcTransport, UnknotApi } from './ipc';

export const invokeChannels = {
  getStatus: 'unknot:get-status',
  getBreak: 'unknot:get-break',
  finishBreak: 'unknot:finish-break',
  getSummary: 'unknot:get-summary',
  exportHistory: 'unknot:export-history',
  getSettings: 'unknot:get-settings',
  saveSettings: 'unknot:save-settings',
  resetSettings: 'unknot:reset-settings',
  setSafetyAnswers: 'unknot:set-safety-answers',
  setPressureAllowed: 'unknot:set-pressure-allowed',
  completeOnboarding: 'unknot:complete-onboarding',
  openDataFolder: 'unknot:open-data-folder',
  getTension: 'unknot:get-tension',
  saveTensionCheckIn: 'unknot:save-tension-check-in',
  setOperationSites: 'unknot:set-operation-sites',
  reportWarningSign: 'unknot:report-warning-sign',
  endProtectiveMode: 'unknot:end-protective-mode',
  getProblems: 'unknot:get-problems',
  dismissProblem: 'unknot:dismiss-problem',
  rateEffort: 'unknot:rate-effort',
  getFocusSources: 'unknot:get-focus-sources',
  getKnots: 'unknot:get-knots',
  saveKnotCheck: 'unknot:save-knot-check',
  openKnotFinder: 'unknot:open-knot-finder',
  chooseOwnPicture: 'unknot:choose-own-picture',
  getOwnPicture: 'unknot:get-own-picture',
  exportProgramme: 'unknot:export-programme',
  importProgramme: 'unknot:import-programme',
  startBreakNow: 'unknot:start-break-now',
  setDayMark: 'unknot:set-day-mark',
  getShortcutRefusals: 'unknot:get-shortcut-refusals',
  getLanguage: 'unknot:get-language',
} as const;

export const eventChannels = {
  status: 'unknot:event:status',
  settings: 'unknot:event:settings',
  problems: 'unknot:event:problems',
  shortcutRefusals: 'unknot:event:shortcut-refusals',
} as const;

/** Builds the renderer-facing API over a transport. The only place channels meet names. */
export function createUnknotApi(transport: IpcTransport): UnknotApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(invokeChannels) as [string, string][]) {
    api[name] = (request?: unknown) => transport.invoke(channel, request);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) =>
    transport.subscribe(eventChannels[event], listener);
  // The object is built from every channel name above, so its shape is UnknotApi.
  return Object.freeze(api) as UnknotApi;
}
