import type { EngineInput } from '../core/engine-types';
import { watchPower } from './platform/power';

/**
 * Lock, unlock, suspend and resume reach the engine (which then reads idle time, as
 * after a timer); a wake-up also lets `onWake` catch up on what fell due while asleep.
 * Returns the unsubscribe.
 */
export function setupPower(deps: {
  dispatch: (input: EngineInput) => void;
  onWake: () => void;
}): () => void {
  return watchPower((event) => {
    deps.dispatch({ type: 'system', event });
    if (event === 'resume' || event === 'unlock') deps.onWake();
  });
}
