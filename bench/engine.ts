import { createEngineState, update, type EngineState } from '../src/core/engine';
import { getDefaultSettings } from '../src/core/settings';
import { HOUR } from '../src/core/time';
import { medianMicros, printFigure } from './measure';

/** Replays an 8-hour day of continuous input through core, counting timer firings. */
export function runEngineBench(): void {
  let state: EngineState = createEngineState(getDefaultSettings(), { timeZone: 'UTC' });
  let mono = 0;
  let wakeups = 0;
  let step = update(state, { type: 'sample', idleSeconds: 0 }, { mono, wall: mono });
  while (mono < 8 * HOUR) {
    state = step.state;
    if (state.prompt) {
      step = update(
        state,
        {
          type: 'finishBreak',
          result: { promptId: state.prompt.id, outcome: 'completed', exercises: [] },
        },
        { mono, wall: mono },
      );
      continue;
    }
    mono = step.wakeAt ?? mono + HOUR;
    wakeups += 1;
    step = update(state, { type: 'sample', idleSeconds: 0 }, { mono, wall: mono });
  }
  printFigure('engine: wakeups per active hour (8-hour day)', wakeups / 8);
  const sample = step.state;
  printFigure(
    'engine: median cost of one update',
    medianMicros(() => update(sample, { type: 'sample', idleSeconds: 0 }, { mono, wall: mono })),
    'µs',
  );
}
