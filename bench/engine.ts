import { replay } from '../src/cli/replay';
import { parseTrace } from '../src/cli/trace';
import { createEngineState, update, type EngineState } from '../src/core/engine';
import { getDefaultSettings, settingsSchema } from '../src/shared/settings/schema';
import { MINUTE } from '../src/core/time';
import { medianMicros, printFigure } from './measure';

const DAY = '2026-11-23';
const at = (time: string): string => `${DAY}T${time}:00+01:00`;

/** Wake-ups the replay CLI counts for a trace given as lines of JSON. */
function wakeupsOf(lines: object[]): number {
  const trace = parseTrace(lines.map((line) => JSON.stringify(line)).join('\n'));
  const summary = replay(trace).at(-1);
  if (summary?.type !== 'summary') throw new Error('replay gave no summary');
  return summary.wakeups;
}

/** Replays an 8-hour day of continuous input, and a paused one, counting timer firings. */
export function runEngineBench(): void {
  const header = {
    start: at('09:00'),
    timeZone: 'Europe/Berlin',
    settings: {},
    respond: 'complete',
  };
  const active = wakeupsOf([
    header,
    { at: at('09:00'), user: 'active' },
    { at: at('17:00'), end: true },
  ]);
  printFigure('engine: wakeups per active hour (8-hour day; BreakTimer: 3600)', active / 8);

  const officeHours = { ...header, settings: { workingHours: { enabled: true } } };
  const paused = wakeupsOf([
    officeHours,
    { at: at('09:00'), user: 'active' },
    { at: at('09:00'), action: 'pause', minutes: 8 * 60 },
    { at: '2026-11-23T17:00:30+01:00', end: true },
  ]);
  printFigure('engine: wakeups while paused 09:00-17:00 (the pause end only)', paused);
  const offDay = wakeupsOf([
    { ...officeHours, start: '2026-11-22T00:00:00+01:00' },
    { at: '2026-11-22T00:00:00+01:00', user: 'active' },
    { at: '2026-11-22T23:59:00+01:00', end: true },
  ]);
  printFigure('engine: wakeups on a Sunday outside working hours (boundaries only)', offDay);

  const wall0 = Date.parse(at('09:00'));
  const now = { mono: 10 * MINUTE, wall: wall0 + 10 * MINUTE };
  for (const [label, settings] of [
    ['', getDefaultSettings()],
    [', working hours on', settingsSchema.parse({ workingHours: { enabled: true } })],
  ] as const) {
    let state: EngineState = createEngineState(settings, { timeZone: 'Europe/Berlin' });
    state = update(state, { type: 'sample', idleSeconds: 0 }, { mono: 0, wall: wall0 }).state;
    printFigure(
      `engine: median cost of one update (sample while sitting${label})`,
      medianMicros(() => update(state, { type: 'sample', idleSeconds: 0 }, now)),
      'µs',
    );
  }
}
