import type { AdherenceEvent, AppStatus, BreakPrompt } from '../../src/shared/domain';
import type { EventName } from '../../src/shared/ipc';
import type { Ports } from '../../src/main/ports';

/** Records every call the controller makes, with a manual clock and timer. */
export function createRecordingShell(options: { idleSeconds?: () => number; wall0?: number } = {}) {
  const wall0 = options.wall0 ?? Date.UTC(2026, 10, 23, 8, 0);
  let mono = 0;
  let timer: { at: number; fire: () => void } | null = null;
  const calls = {
    openBreakWindow: [] as BreakPrompt[],
    closeBreakWindow: [] as true[],
    appendLog: [] as AdherenceEvent[],
    showStatus: [] as AppStatus[],
    broadcast: [] as [EventName, unknown][],
  };
  const ports: Ports = {
    now: () => ({ mono, wall: wall0 + mono }),
    setTimer: (at, fire) => {
      timer = at === null ? null : { at, fire };
    },
    readIdleSeconds: options.idleSeconds ?? (() => 0),
    openBreakWindow: (prompt) => calls.openBreakWindow.push(prompt),
    closeBreakWindow: () => calls.closeBreakWindow.push(true),
    appendLog: (event) => calls.appendLog.push(event),
    showStatus: (status) => calls.showStatus.push(status),
    broadcast: (event, payload) => calls.broadcast.push([event, payload]),
  };
  return {
    ports,
    calls,
    timerAt: () => timer?.at ?? null,
    /** Moves the clock forward, firing the timer each time its deadline is reached. */
    advance(ms: number) {
      const end = mono + ms;
      while (timer && timer.at <= end) {
        const { at, fire } = timer;
        mono = Math.max(mono, at);
        timer = null;
        fire();
      }
      mono = end;
    },
  };
}
