import type { BreakNotice, PersistedEngineState, SittingBout } from '../../src/core/engine-types';
import type { AdherenceEvent, AppStatus, BreakPrompt } from '../../src/shared/domain';
import type { EventName } from '../../src/shared/ipc';
import type { Ports } from '../../src/main/ports';
import { createProblemBoard } from '../../src/main/problems';

/** Lets pending promises (an idle reading, then its dispatch) run to the end. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Records every call the controller makes, with a manual clock and timer. */
export function createRecordingShell(
  options: { idleSeconds?: () => number | null; wall0?: number } = {},
) {
  const wall0 = options.wall0 ?? Date.UTC(2026, 10, 23, 8, 0);
  let mono = 0;
  let timer: { at: number; fire: () => void } | null = null;
  const calls = {
    showNotice: [] as BreakNotice[],
    openBreakWindow: [] as BreakPrompt[],
    focusBreakWindow: [] as true[],
    closeBreakWindow: [] as true[],
    appendLog: [] as AdherenceEvent[],
    recordBout: [] as SittingBout[],
    persistEngineState: [] as PersistedEngineState[],
    showStatus: [] as AppStatus[],
    broadcast: [] as [EventName, unknown][],
    /** Default file names offered by the save dialog (filled by the browser harness). */
    chooseExportPath: [] as string[],
  };
  const problems = createProblemBoard(() => wall0 + mono);
  const ports: Ports = {
    now: () => ({ mono, wall: wall0 + mono }),
    setTimer: (at, fire) => {
      timer = at === null ? null : { at, fire };
    },
    readIdleSeconds: async () => (options.idleSeconds ? options.idleSeconds() : 0),
    showNotice: (notice) => calls.showNotice.push(notice),
    openBreakWindow: (prompt) => calls.openBreakWindow.push(prompt),
    focusBreakWindow: () => calls.focusBreakWindow.push(true),
    closeBreakWindow: () => calls.closeBreakWindow.push(true),
    appendLog: (event) => calls.appendLog.push(event),
    recordBout: (bout) => calls.recordBout.push(bout),
    persistEngineState: (state) => calls.persistEngineState.push(state),
    showStatus: (status) => calls.showStatus.push(status),
    broadcast: (event, payload) => calls.broadcast.push([event, payload]),
    problems,
  };
  return {
    ports,
    calls,
    /** The problems the controller reported (services bring their own board). */
    problems,
    timerAt: () => timer?.at ?? null,
    /**
     * Moves the clock forward, firing the timer each time its deadline is reached and
     * letting the wake-up (an async idle reading) finish before the next.
     */
    async advance(ms: number) {
      const end = mono + ms;
      await settle();
      while (timer && timer.at <= end) {
        const { at, fire } = timer;
        mono = Math.max(mono, at);
        timer = null;
        fire();
        await settle();
      }
      mono = end;
    },
  };
}
