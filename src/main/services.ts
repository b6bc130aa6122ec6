import { configFromSettings, createEngineState } from '../core/engine';
import { createController, type Controller } from './controller';
import { createHandlers } from './handlers';
import { createIpcRouter, type IpcRouter } from './ipc-router';
import { openLogStore, type LogStore } from './platform/log-store';
import { openSettingsStore, type SettingsStore } from './platform/settings-store';
import type { Ports } from './ports';

/** Everything the shell supplies; the log is supplied here, from the store. */
export type ShellPorts = Omit<Ports, 'appendLog'>;

export interface MainServices {
  controller: Controller;
  router: IpcRouter;
  settingsStore: SettingsStore;
  logStore: LogStore;
}

export interface MainServicesOptions {
  dataDir: string;
  shell: ShellPorts;
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
  const config = configFromSettings(settingsStore.settings, options.postureEverySeconds);
  const controller = createController(
    { ...shell, appendLog: (event) => logStore.append(event) },
    createEngineState(config),
  );
  const router = createIpcRouter(createHandlers(controller));
  return { controller, router, settingsStore, logStore };
}
