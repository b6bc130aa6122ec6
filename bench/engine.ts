import { createEngineState, update, type EngineState } from '../src/core/engine';
import { getDefaultSettings, settingsSchema } from '../src/shared/settings/schema';
import { MINUTE } from '../src/core/time';
import { report } from './goals';
import { medianMicros } from './measure';

/** What one engine step costs (wake-ups are counted in bench/wakeups.ts). */
export function runEngineBench(): void {
  const wall0 = Date.parse('2026-11-23T09:00:00+01:00');
  const now = { mono: 10 * MINUTE, wall: wall0 + 10 * MINUTE };
  for (const [label, settings] of [
    ['', getDefaultSettings()],
    [', working hours on', settingsSchema.parse({ workingHours: { enabled: true } })],
  ] as const) {
    let state: EngineState = createEngineState(settings, { timeZone: 'Europe/Berlin' });
    state = update(state, { type: 'sample', idleSeconds: 0 }, { mono: 0, wall: wall0 }).state;
    report(
      `engine: median cost of one update (sample while sitting${label})`,
      medianMicros(() => update(state, { type: 'sample', idleSeconds: 0 }, now)),
      'µs',
    );
  }
}
