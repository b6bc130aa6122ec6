import type { AppStatus, BreakPrompt } from '../shared/domain';
import { getStatus, update, type EngineState } from '../core/engine';
import type { EngineInput } from '../core/engine-types';
import { joinBreakEnd, type ControllerEffect } from './break-end-log';
import type { Ports } from './ports';

export interface Controller {
  /** Feeds one input through core and carries out the effects it returns. */
  dispatch(input: EngineInput): void;
  /** Takes the first idle sample and arms the timer. */
  start(): void;
  stop(): void;
  getStatus(): AppStatus;
  getPrompt(): BreakPrompt | null;
}

/**
 * Runs core: one `update` per input, its effects executed one line each, one timer
 * re-armed at the wake-up core asks for. Decides nothing itself.
 */
export function createController(ports: Ports, initial: EngineState): Controller {
  let state = initial;
  let stopped = false;

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
        if (ports.logBreakEnd) return ports.logBreakEnd(effect.record);
        ports.appendLog(effect.record.event);
        if (effect.record.bout) ports.recordBout(effect.record.bout);
        if (effect.record.engine) ports.persistEngineState(effect.record.engine);
        return undefined;
      case 'recordBout':
        return ports.recordBout(effect.bout);
      case 'persist':
        return ports.persistEngineState(effect.state);
      case 'naturalBreak':
        return undefined;
    }
  };

  const wake = (): void => {
    dispatch({ type: 'sample', idleSeconds: ports.readIdleSeconds() });
  };

  function dispatch(input: EngineInput): void {
    if (stopped) return;
    const now = ports.now();
    const step = update(state, input, now);
    state = step.state;
    joinBreakEnd(step.effects).forEach(runEffect);
    ports.setTimer(step.wakeAt, wake);
    const status = getStatus(state, now);
    ports.showStatus(status);
    ports.broadcast('status', status);
  }

  return {
    dispatch,
    start: () => {
      stopped = false;
      wake();
    },
    stop: () => {
      stopped = true;
      ports.setTimer(null, wake);
    },
    getStatus: () => getStatus(state, ports.now()),
    getPrompt: () => (state.pending?.stage === 'open' ? state.pending.prompt : null),
  };
}
