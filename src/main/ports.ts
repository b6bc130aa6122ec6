import type { AdherenceEvent, AppStatus, BreakPrompt } from '../shared/domain';
import type { EventName, EventPayload } from '../shared/ipc';
import type { BreakNotice, PersistedEngineState, SittingBout } from '../core/engine-types';
import type { Instant } from '../core/time';
import type { ProblemReporter } from './problems';
import type { BreakEndRecord } from './break-end-log';

/**
 * What the controller needs from the outside world, one method per kind of effect.
 * Electron adapters fill these in the app; tests fill them with real stores and
 * recording fakes.
 */
export interface Ports {
  now(): Instant;
  /** Arms the one timer at a monotonic deadline (null: disarm). Replaces any earlier one. */
  setTimer(atMono: number | null, fire: () => void): void;
  /**
   * Seconds since the last keyboard or mouse input, asked fresh (D-Bus is async); null
   * when no idle source works.
   */
  readIdleSeconds(): Promise<number | null>;
  /**
   * Calls `onReturn` once, on the next keyboard or mouse input, where the desktop can
   * say so (Mutter's IdleMonitor); returns the cancel. Absent: returns are heard at the
   * engine's next look.
   */
  watchReturn?(onReturn: () => void): () => void;
  showNotice(notice: BreakNotice): void;
  openBreakWindow(prompt: BreakPrompt): void;
  focusBreakWindow(): void;
  closeBreakWindow(): void;
  appendLog(event: AdherenceEvent): void;
  recordBout(bout: SittingBout): void;
  persistEngineState(state: PersistedEngineState): void;
  /**
   * A prompt's end, its bout and the state to persist in one write. Without it the
   * controller calls appendLog, recordBout and persistEngineState in turn.
   */
  logBreakEnd?(record: BreakEndRecord): void;
  showStatus(status: AppStatus): void;
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** The problems channel: failed writes and effects are reported here. */
  problems: ProblemReporter;
}

/** A desktop notification. `actions` become buttons where the platform supports them. */
export interface DesktopNotice {
  title: string;
  body: string;
  actions?: string[];
}

/** How the person answered a notification. */
export type NoticeResponse =
  { type: 'click' } | { type: 'action'; action: string } | { type: 'dismissed' };

/** Shows native notifications (node-notifier in the app; a recorder in tests). */
export interface DesktopNotifier {
  show(notice: DesktopNotice, onResponse?: (response: NoticeResponse) => void): void;
}

/** The desktop beyond our windows (Electron's `shell` in the app; a recorder in tests). */
export interface DesktopShell {
  /** Opens a file or folder in the OS; resolves to an error message, '' on success. */
  openPath(path: string): Promise<string>;
  /** Opens (or brings forward) the knot finder window; absent where there is none. */
  openKnotFinder?(): void;
}
