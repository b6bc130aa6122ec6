import { createEngineState } from '../core/engine';
import { createController, type Controller } from './controller';
import { createHandlers } from './handlers';
import { createIpcRouter, type IpcRouter } from './ipc-router';
import { openLogStore, type LogStore } from './platform/log-store';
import { openSettingsStore, type SettingsStore } from './platform/settings-store';
import { openEngineStateStore, type EngineStateStore } from './platform/state-store';
import { openTensionStore, type TensionStore } from './platform/tension-store';
import type { DesktopShell, Ports } from './ports';
import { needsOnboarding } from '../core/safety-check';

/** Everything the shell supplies; the stores supply the rest. */
export type ShellPorts = Omit<Ports, 'appendLog' | 'recordBout' | 'persistEngineState'>;

export interface MainServices {
  controller: Controller;
  router: IpcRouter;
  settingsStore: SettingsStore;
  logStore: LogStore;
  engineStateStore: EngineStateStore;
  tensionStore: TensionStore;
  /** True until the first-run window was finished or skipped: app.ts opens it at start. */
  needsOnboarding(): boolean;
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
  const settingsStore = openSettingsStore(dataDir, shell.now().wall);
  const logStore = openLogStore(dataDir);
  const engineStateStore = openEngineStateStore(dataDir, shell.now().wall);
  for (const problem of engineStateStore.problems) console.warn(`[engine-state] ${problem}`);
  const engine = createEngineState(
    settingsStore.settings,
    { timeZone: options.timeZone, postureEverySeconds: options.postureEverySeconds },
    engineStateStore.saved,
  );
  const controller = createController(
    {
      ...shell,
      appendLog: (event) => logStore.append(event),
      // Daily sitting figures land with the log issue.
      recordBout: () => undefined,
      persistEngineState: (state) => engineStateStore.save(state),
    },
    engine,
  );
  // Settings apply at once: the engine is reconfigured and open windows are told.
  settingsStore.onChange((settings) => {
    controller.dispatch({ type: 'configure', settings });
    shell.broadcast('settings', settings);
  });
  const tensionStore = openTensionStore(dataDir, shell.now().wall);
  const router = createIpcRouter(
    createHandlers({
      controller,
      settingsStore,
      logStore,
      tensionStore,
      dataDir,
      desktop: options.desktop ?? noDesktop,
      wallNow: () => shell.now().wall,
    }),
  );
  return {
    controller,
    router,
    settingsStore,
    logStore,
    tensionStore,
    engineStateStore,
    needsOnboarding: () => needsOnboarding(settingsStore.settings),
  };
}
