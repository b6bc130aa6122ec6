import { app } from 'electron';
import { watchPower } from './platform/power';
import { createReleaseScheduler, type ReleaseScheduler } from './release-scheduler';
import type { MainServices } from './services';

/**
 * The daily release session in the app: the scheduler over the running services, woken
 * again after sleep or an unlock, stopped at quit. The session itself opens through the
 * engine (its notice and break window are the controller's ports, its outcome the log's).
 */
export function setupRelease(deps: { services: MainServices; timeZone: string }): ReleaseScheduler {
  const { controller, settingsStore } = deps.services;
  const scheduler = createReleaseScheduler({
    dispatch: (input) => controller.dispatch(input),
    getSettings: () => settingsStore.settings,
    onSettingsChange: (listener) => settingsStore.onChange(listener),
    now: () => Date.now(),
    timeZone: () => deps.timeZone,
  });
  const unwatch = watchPower((event) => {
    if (event === 'resume' || event === 'unlock') scheduler.recheck();
  });
  app.on('before-quit', () => {
    unwatch();
    scheduler.stop();
  });
  return scheduler;
}
