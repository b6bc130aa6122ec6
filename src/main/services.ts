import { createEngineState } from '../core/engine';
import { createController, type Controller } from './controller';
import { createHandlers } from './handlers';
import type { HistoryContext, ProgrammeDialogs } from './handlers/context';
import { getSummaryView } from './handlers/summary';
import { createIpcRouter, type IpcRouter } from './ipc-router';
import { openLogStore, type LogStore, type LoggedEngineState } from './platform/log-store';
import { openSettingsStore, type SettingsStore } from './platform/settings-store';
import { openEngineStateStore, type EngineStateStore } from './platform/state-store';
import { openTensionStore, type TensionStore } from './platform/tension-store';
import { openKnotStore, type KnotStore } from './platform/knot-store';
import { getRoutineMarks } from '../core/knot-weighting';
import type { DesktopShell, Ports } from './ports';
import { createProblemBoard, type ProblemBoard } from './problems';
import { reportStoreProblems } from './store-problems';
import { createLogHandover } from './log-handover';
import { setupPictureCleanup } from './picture-cleanup';
import { createShortcutRefusalBoard, type ShortcutRefusalBoard } from './shortcut-refusals';
import { needsOnboarding } from '../core/safety-check';
import type { SummaryView } from '../shared/domain';
import type { PersistedEngineState } from '../core/engine-types';

/** Everything the shell supplies; the stores supply the rest. */
export type ShellPorts = Omit<
  Ports,
  'appendLog' | 'recordBout' | 'persistEngineState' | 'logBreakEnd' | 'problems'
>;

export interface MainServices {
  controller: Controller;
  router: IpcRouter;
  settingsStore: SettingsStore;
  logStore: LogStore;
  engineStateStore: EngineStateStore;
  tensionStore: TensionStore;
  knotStore: KnotStore;
  /** Every store's standing problems: Settings › Your data and the tray line show them. */
  problems: ProblemBoard;
  /** The global shortcuts the OS refused; platform/shortcuts.ts fills it in the app. */
  shortcutRefusals: ShortcutRefusalBoard;
  /** True until the first-run window was finished or skipped: app.ts opens it at start. */
  needsOnboarding(): boolean;
  /** One week's summary (0 = this week), for the tray line and the weekly notice. */
  getSummaryView(weeksBack: number): SummaryView;
  /** The week the summary window opens on next (the notice opens last week's). */
  setSummaryStartWeek(weeksBack: number): void;
}

export interface MainServicesOptions {
  dataDir: string;
  shell: ShellPorts;
  /** IANA zone for calendar rules; the OS zone in the app, fixed in tests. */
  timeZone: string;
  /** Dev/test override of the posture interval, seconds (UNKNOT_BREAK_EVERY_SECONDS). */
  postureEverySeconds?: number;
  /** Opens folders in the OS file manager; without it "Open data folder" says it cannot. */
  desktop?: DesktopShell;
  /** BCP 47 locale for the first day of the week; the runtime's locale by default. */
  locale?: string;
  /** The save dialog for exports (Electron's in the app, a scripted answer in tests). */
  chooseExportPath?: (defaultName: string) => Promise<string | null>;
  /** Names of the focus sources that answer (the app's focus system); none without it. */
  focusSources?: () => readonly string[];
  /** Whether the dim overlay can dim here (platform/dim-support.ts); offered when absent. */
  dimOverlaySupported?: () => boolean;
  /** "My programme"'s open and save dialogs. */
  programmeDialogs?: ProgrammeDialogs;
  /** The OS's preferred languages, for windows whose language setting is 'system'. */
  preferredLanguages?: readonly string[];
}

function noSaveDialog(): Promise<string | null> {
  return Promise.reject(new Error('Saving files is not available here.'));
}

/** The engine state of the latest break end wins over an older engine-state.json. */
function getRestartState(
  saved: PersistedEngineState | undefined,
  logged: LoggedEngineState | null,
): PersistedEngineState | undefined {
  if (!logged || (saved && logged.writtenAt <= (saved.savedAt ?? -Infinity))) return saved;
  const seen = new Set<string>();
  const recentExercises = [...(saved?.recentExercises ?? []), ...logged.done]
    .sort((a, b) => a.at - b.at)
    .filter(
      (done) =>
        !seen.has(`${done.exerciseId}@${done.at}`) && seen.add(`${done.exerciseId}@${done.at}`),
    )
    .slice(-100);
  return { ...logged.engine, recentExercises };
}

const noDesktop: DesktopShell = {
  openPath: async () => 'opening folders is not available here',
};

/**
 * The main process without Electron: stores, engine, handlers and router wired together.
 * app.ts adds Electron's adapters; the browser tests add recording fakes.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const { dataDir, shell } = options;
  const problems = createProblemBoard(() => shell.now().wall);
  const settingsStore = openSettingsStore(dataDir, shell.now().wall, problems);
  const logStore = openLogStore(dataDir, {
    timeZone: options.timeZone,
    now: () => shell.now().wall,
  });
  const engineStateStore = openEngineStateStore(dataDir, shell.now().wall);
  const engine = createEngineState(
    settingsStore.settings,
    { timeZone: options.timeZone, postureEverySeconds: options.postureEverySeconds },
    getRestartState(engineStateStore.saved, logStore.getLatestEngineState()),
  );
  const toLog = createLogHandover(logStore);
  const controller = createController(
    {
      ...shell,
      // A write that throws waits in the controller's retry queue, reported meanwhile.
      appendLog: toLog((event) => logStore.append(event)),
      recordBout: toLog((bout) => logStore.recordBout(bout)),
      persistEngineState: (state) => engineStateStore.save({ ...state, savedAt: shell.now().wall }),
      // A break end is one journal line: the prompt, its bout and the engine state.
      // Its exercises are in the event already: the line does not repeat the rotation list.
      logBreakEnd: toLog(({ engine, ...record }) =>
        logStore.record({
          ...record,
          ...(engine ? { engine: { ...engine, recentExercises: [] } } : {}),
          writtenAt: shell.now().wall,
        }),
      ),
      problems,
    },
    engine,
  );
  // Settings apply at once: the engine is reconfigured and open windows are told.
  settingsStore.onChange((settings) => {
    controller.dispatch({ type: 'configure', settings });
    shell.broadcast('settings', settings);
  });
  setupPictureCleanup(dataDir, settingsStore);
  const tensionStore = openTensionStore(dataDir, shell.now().wall);
  const knotStore = openKnotStore(dataDir, shell.now().wall);
  // The routine favours the spots the knot finder marked, from the first break on.
  const knotMarks = getRoutineMarks(knotStore.readAll());
  if (Object.keys(knotMarks).length > 0) controller.dispatch({ type: 'knots', marks: knotMarks });
  const stores = { settingsStore, logStore, engineStateStore, tensionStore, knotStore, dataDir };
  reportStoreProblems(stores, problems);
  problems.onChange((list) => shell.broadcast('problems', list));
  const shortcutRefusals = createShortcutRefusalBoard();
  shortcutRefusals.onChange((list) => shell.broadcast('shortcutRefusals', list));
  let startWeek = 0;
  const history: HistoryContext = {
    now: () => shell.now().wall,
    timeZone: options.timeZone,
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    chooseExportPath: options.chooseExportPath ?? noSaveDialog,
    takeStartWeek: () => {
      const weeksBack = startWeek;
      startWeek = 0;
      return weeksBack;
    },
  };
  const router = createIpcRouter(
    createHandlers({
      controller,
      settingsStore,
      logStore,
      tensionStore,
      knotStore,
      dataDir,
      desktop: options.desktop ?? noDesktop,
      wallNow: () => shell.now().wall,
      history,
      problems,
      refreshProblems: () => reportStoreProblems(stores, problems),
      focusSources: options.focusSources,
      dimOverlaySupported: options.dimOverlaySupported,
      ...(options.programmeDialogs ? { programmeDialogs: options.programmeDialogs } : {}),
      shortcutRefusals,
      preferredLanguages: options.preferredLanguages,
    }),
  );
  return {
    controller,
    router,
    settingsStore,
    logStore,
    tensionStore,
    knotStore,
    engineStateStore,
    problems,
    shortcutRefusals,
    needsOnboarding: () => needsOnboarding(settingsStore.settings),
    getSummaryView: (weeksBack) => getSummaryView({ settingsStore, logStore, history }, weeksBack),
    setSummaryStartWeek: (weeksBack) => {
      startWeek = weeksBack;
    },
  };
}
