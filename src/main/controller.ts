import type { AppStatus, BreakPrompt } from '../shared/domain';
import { getStatus, update, type EngineState } from '../core/engine';
import type { EngineInput } from '../core/engine-types';
import { shouldArmReturnWatch, wantsReturnWatch } from '../core/wake-watch';
import { joinBreakEnd, type BreakEndRecord, type ControllerEffect } from './break-end-log';
import { message } from '../shared/i18n/message';
import { getErrorCause } from './error-cause';
import { createPendingWrites, type WriteKind } from './pending-writes';
import type { Ports } from './ports';

export interface Controller {
  /** Feeds one input through core and carries out the effects it returns. */
  dispatch(input: EngineInput): void;
  /** Reads idle time (async) and feeds it as a sample: what the timer, resume and unlock do. */
  wake(): Promise<void>;
  /** Takes the first idle sample and arms the timer. */
  start(): Promise<void>;
  stop(): void;
  getStatus(): AppStatus;
  getPrompt(): BreakPrompt | null;
  /** Writes kept in memory after a failure, waiting for a retry. */
  waitingWrites(): number;
}

/** How soon to look again when core itself failed on an input. */
const AFTER_ENGINE_ERROR_MS = 60_000;

const LOG_WRITE: WriteKind = {
  key: 'write:log',
  what: 'data.write.log',
};
const STATE_WRITE: WriteKind = {
  key: 'write:engine-state',
  what: 'data.write.engineState',
  latest: true,
};

/**
 * Runs core: one `update` per input, its effects executed one line each, one timer
 * re-armed at the wake-up core asks for. Decides nothing itself. No effect can stop
 * the breaks: each runs on its own, a failed write waits in memory for a retry (at the
 * same one timer), and the timer and the tray are set whatever happened.
 */
export function createController(ports: Ports, initial: EngineState): Controller {
  let state = initial;
  let stopped = false;
  let wakeAt: number | null = null;
  const writes = createPendingWrites(ports.problems, () => ports.now().mono);

  /** A prompt's end is one write where the log offers it, else its three parts in turn. */
  const writeBreakEnd = (record: BreakEndRecord): void => {
    const { logBreakEnd } = ports;
    if (logBreakEnd) return writes.run(LOG_WRITE, () => logBreakEnd(record));
    writes.run(LOG_WRITE, () => ports.appendLog(record.event));
    const { bout, engine } = record;
    if (bout) writes.run(LOG_WRITE, () => ports.recordBout(bout));
    if (engine) writes.run(STATE_WRITE, () => ports.persistEngineState(engine));
  };

  const runEffect = (effect: ControllerEffect): void => {
    switch (effect.type) {
      case 'notice':
        return ports.showNotice(effect.notice);
      case 'openBreak':
        return ports.openBreakWindow(effect.prompt);
      case 'focusBreak':
        return ports.focusBreakWindow();
      case 'closeBreak':
        return ports.closeBreakWindow();
      case 'appendLog':
        return writeBreakEnd(effect.record);
      case 'recordBout':
        return writes.run(LOG_WRITE, () => ports.recordBout(effect.bout));
      case 'persist':
        return writes.run(STATE_WRITE, () => ports.persistEngineState(effect.state));
      case 'naturalBreak':
      case 'held':
        return undefined;
    }
  };

  /** A window or notice that failed is reported; the next one of its kind clears it. */
  const runGuarded = (effect: ControllerEffect): void => {
    const key = `effect:${effect.type}`;
    try {
      runEffect(effect);
      ports.problems.resolve(key);
    } catch (error) {
      console.error(`[controller] ${effect.type} failed:`, error);
      ports.problems.report({
        key,
        message: message('data.effect.failed', {
          effect: effect.type,
          cause: getErrorCause(error),
        }),
        kept: message('data.effect.kept'),
        action: message('data.effect.action'),
      });
    }
  };

  const wake = async (): Promise<void> => {
    let idleSeconds: number | null = null;
    try {
      idleSeconds = await ports.readIdleSeconds();
    } catch (error) {
      // No reading: breaks follow the clock until the next one works.
      console.warn(`[controller] idle time unavailable: ${String(error)}`);
    }
    dispatch({ type: 'sample', idleSeconds });
  };
  const fire = (): void => void wake();

  // While away, a desktop signal hears the return at once; the sparse looks stay the fallback.
  let cancelWatch: (() => void) | null = null;
  let watchFiredAt: number | null = null;
  const syncReturnWatch = (now: ReturnType<Ports['now']>): void => {
    const { watchReturn } = ports;
    if (!watchReturn) return;
    if (cancelWatch && (stopped || !wantsReturnWatch(state))) {
      cancelWatch();
      cancelWatch = null;
    } else if (!cancelWatch && !stopped && shouldArmReturnWatch(state, now, watchFiredAt)) {
      cancelWatch = watchReturn(() => {
        cancelWatch = null;
        watchFiredAt = ports.now().mono;
        void wake();
      });
    }
  };

  const showTruth = (now: ReturnType<Ports['now']>): void => {
    const retryAt = writes.nextRetryAt();
    const at = wakeAt === null ? retryAt : retryAt === null ? wakeAt : Math.min(wakeAt, retryAt);
    ports.setTimer(at, fire);
    syncReturnWatch(now);
    try {
      const status = getStatus(state, now);
      ports.showStatus(status);
      ports.broadcast('status', status);
    } catch (error) {
      console.error('[controller] the status could not be shown:', error);
    }
  };

  function dispatch(input: EngineInput): void {
    if (stopped) return;
    const now = ports.now();
    try {
      writes.retryDue(now.mono);
      const step = update(state, input, now);
      state = step.state;
      wakeAt = step.wakeAt;
      joinBreakEnd(step.effects).forEach(runGuarded);
    } catch (error) {
      // Core failed on this input: keep the last good state and look again soon.
      console.error('[controller] the engine failed on', input.type, error);
      wakeAt = now.mono + AFTER_ENGINE_ERROR_MS;
    } finally {
      showTruth(now);
    }
    // Opening the lid or unlocking is a wake-up like the timer's: read idle time now.
    if (input.type === 'system' && (input.event === 'resume' || input.event === 'unlock'))
      void wake();
  }

  return {
    dispatch,
    wake,
    start: () => {
      stopped = false;
      return wake();
    },
    stop: () => {
      stopped = true;
      ports.setTimer(null, fire);
      syncReturnWatch(ports.now());
    },
    getStatus: () => getStatus(state, ports.now()),
    getPrompt: () => (state.pending?.stage === 'open' ? state.pending.prompt : null),
    waitingWrites: () => writes.waiting(),
  };
}
