import type { Controller } from '../controller';
import type { LogStore } from '../platform/log-store';
import type { SettingsStore } from '../platform/settings-store';
import type { TensionStore } from '../platform/tension-store';
import type { DesktopShell } from '../ports';
import type { ProblemBoard } from '../problems';

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
  /** Calendar facts and the save dialog, for the summary and history channels. */
  history: HistoryContext;
  /** The problems channel. */
  problems: ProblemBoard;
  /** Copies what the stores found since into `problems`. */
  refreshProblems(): void;
}

export interface HistoryContext {
  /** Wall clock, epoch ms. */
  now(): number;
  /** IANA zone for calendar days and weeks. */
  timeZone: string;
  /** BCP 47 locale whose first day of the week applies when the setting says 'locale'. */
  locale: string;
  /** Asks where to save an export; null when the person cancels. */
  chooseExportPath(defaultName: string): Promise<string | null>;
  /** The week the summary window opens on, consumed by its first 'start' request. */
  takeStartWeek(): number;
}
