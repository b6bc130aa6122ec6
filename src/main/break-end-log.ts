import type { EngineEffect, PersistedEngineState, SittingBout } from '../core/engine-types';
import type { AdherenceEvent } from '../shared/domain';

/** Everything a prompt's end asks to keep, written as one journal line. */
export interface BreakEndRecord {
  event: AdherenceEvent;
  /** The sitting bout the break closed, if any. */
  bout?: SittingBout;
  /** The engine's restart state after the break (snoozes, last breaks, recent exercises). */
  engine?: PersistedEngineState;
}

export type ControllerEffect =
  Exclude<EngineEffect, { type: 'appendLog' }> | { type: 'appendLog'; record: BreakEndRecord };

/**
 * One step's effects with the prompt's log entry, the bout it closed and the state to
 * persist folded into one record, so a break end costs one disk write instead of three.
 * Steps without a logged prompt pass through unchanged.
 */
export function joinBreakEnd(effects: readonly EngineEffect[]): ControllerEffect[] {
  const logged = effects.find((effect) => effect.type === 'appendLog');
  if (!logged) return effects as ControllerEffect[];
  const record: BreakEndRecord = { event: logged.event };
  const joined: ControllerEffect[] = [];
  for (const effect of effects) {
    if (effect.type === 'recordBout' && !record.bout) record.bout = effect.bout;
    else if (effect.type === 'persist') record.engine = effect.state;
    else if (effect.type === 'appendLog') {
      if (effect === logged) joined.push({ type: 'appendLog', record });
      else joined.push({ type: 'appendLog', record: { event: effect.event } });
    } else joined.push(effect);
  }
  return joined;
}
