import { createEngineState } from '../core/engine';
import { createController, type Controller } from './controller';
import { createHandlers } from './handlers';
import { createIpcRouter, type IpcRouter } from './ipc-router';
import { openLogStore, type LogStore } from './platform/log-store';
import { openSettingsStore, type SettingsStore } from './platform/settings-store';
import { openEngineStateStore, type EngineStateStore } from './platform/state-store';
import type { Ports } from './ports';

/** Everything the shell supplies; the stores supply the rest. */
export type ShellPorts = Omit<Ports, 'appendLog' | 'recordBout' | 'persistEngineState'>;

export interface MainServices {
  controller: Controller;
  router: IpcRouter;
  settingsStore: SettingsStore;
  logStore: LogStore;
  engineStateStore: EngineStateStore;
}

export interface MainServicesOptions {
  dataDir: string;
  shell: ShellPorts;
  /** IANA zone for calendar rules; the OS zone in the app, fixed in tests. */
  timeZone: string;
  /** Dev/test override of the posture interval, seconds (UNKNOT_BREAK_EVERY_SECONDS). */
  postureEverySeconds?: number;
}

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
  // Settings saved from any window reach the running engine.
  settingsStore.onChange((settings) => controller.dispatch({ type: 'configure', settings }));
  const router = createIpcRouter(createHandlers({ controller, settingsStore, logStore }));
  return { controller, router, settingsStore, logStore, engineStateStore };
}
