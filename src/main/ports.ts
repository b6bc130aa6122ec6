import type { AdherenceEvent, AppStatus, BreakPrompt } from '../shared/domain';
import type { EventName, EventPayload } from '../shared/ipc';
import type { Instant } from '../core/time';

/**
 * What the controller needs from the outside world. Electron adapters fill these in
 * the app; tests fill them with real stores and recording fakes.
 */
export interface Ports {
  now(): Instant;
  /** Arms the one timer at a monotonic deadline (null: disarm). Replaces any earlier one. */
  setTimer(atMono: number | null, fire: () => void): void;
  /** Seconds since the last keyboard or mouse input. */
  readIdleSeconds(): number;
  openBreakWindow(prompt: BreakPrompt): void;
  closeBreakWindow(): void;
  appendLog(event: AdherenceEvent): void;
  showStatus(status: AppStatus): void;
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
