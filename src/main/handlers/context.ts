import type { Controller } from '../controller';
import type { LogStore } from '../platform/log-store';
import type { SettingsStore } from '../platform/settings-store';

/** What handlers may use: the running engine and the stores. */
export interface HandlerContext {
  controller: Controller;
  settingsStore: SettingsStore;
  logStore: LogStore;
}
