import type { Controller } from '../controller';
import type { LogStore } from '../platform/log-store';
import type { SettingsStore } from '../platform/settings-store';
import type { TensionStore } from '../platform/tension-store';
import type { KnotStore } from '../platform/knot-store';
import type { DesktopShell } from '../ports';
import type { ProblemBoard } from '../problems';
import type { ShortcutRefusalBoard } from '../shortcut-refusals';

/** What handlers may use: the running engine and the stores. */
export interface HandlerContext {
  controller: Controller;
  settingsStore: SettingsStore;
  logStore: LogStore;
  tensionStore: TensionStore;
  /** The knot finder's checks. */
  knotStore: KnotStore;
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
  /** Names of the focus sources that answer here; absent where none were started. */
  focusSources?: () => readonly string[];
  /** Whether the dim overlay can dim on this desktop; offered when absent. */
  dimOverlaySupported?: () => boolean;
  /** "My programme"'s file dialogs; without them those channels say no dialog is available. */
  programmeDialogs?: ProgrammeDialogs;
  /** The global shortcuts the OS refused. */
  shortcutRefusals: ShortcutRefusalBoard;
  /** The OS's preferred languages (`app.getPreferredSystemLanguages()`); else `history.locale`. */
  preferredLanguages?: readonly string[];
}

/** The open and save dialogs of "My programme"; each answers null when the person cancels. */
export interface ProgrammeDialogs {
  choosePicture(): Promise<string | null>;
  chooseImportPath(): Promise<string | null>;
  chooseExportPath(defaultName: string): Promise<string | null>;
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
