import type { Controller } from '../controller';
import type { LogStore } from '../platform/log-store';
import type { SettingsStore } from '../platform/settings-store';
import type { TensionStore } from '../platform/tension-store';
import type { DesktopShell } from '../ports';

/** What handlers may use: the running engine and the stores. */
export interface HandlerContext {
  controller: Controller;
  settingsStore: SettingsStore;
  logStore: LogStore;
  tensionStore: TensionStore;
  /** The folder holding settings and history. */
  dataDir: string;
  desktop: DesktopShell;
  /** Wall-clock now, epoch ms (the shell's clock, manual in tests). */
  wallNow(): number;
}
