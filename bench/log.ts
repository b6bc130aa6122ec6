import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { addBoutToDay, addEventToDay, getEmptyDayFigures } from '../src/core/adherence';
import { getDayKey, getMonthKey } from '../src/core/summary-week';
import type { AdherenceEvent, DayFigures, Outcome } from '../src/shared/domain';
import { medianMicros, printFigure } from './measure';

const ZONE = 'Europe/Berlin';
/**
 * Sunday 15 November 2026, 20:00. Every history shares the current month so far, and this
 * week and last week both lie in it, so no figure depends on where a month boundary falls.
 */
const NOW = new TZDate(2026, 10, 15, 20, 0, ZONE).getTime();
const DAY = 24 * 3_600_000;
const OUTCOMES: Outcome[] = [
  'completed',
  'completed',
  'completed',
  'partial',
  'natural',
  'skipped',
  'snoozed',
  'missed',
];

/** A small deterministic PRNG, so every run benches the same history. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Writes `days` days of synthetic history ending at NOW straight into month files in the
 * store's own format (appending five years one by one would take minutes): working days
 * get about 14 prompts and 6 sitting bouts; a day in five is skipped entirely.
 */
function writeHistory(dataDir: string, days: number): number {
  const next = random(days);
  const months = new Map<string, { events: AdherenceEvent[]; days: Record<string, DayFigures> }>();
  let count = 0;
  for (let back = days - 1; back >= 0; back -= 1) {
    const dayStart = new TZDate(NOW - back * DAY, ZONE);
    dayStart.setHours(9, 0, 0, 0);
    if (dayStart.getDay() === 0 || dayStart.getDay() === 6 || next() < 0.2) continue;
    const month = getMonthKey(dayStart.getTime(), ZONE);
    const file = months.get(month) ?? { events: [], days: {} };
    months.set(month, file);
    const date = getDayKey(dayStart.getTime(), ZONE);
    let figures = file.days[date] ?? getEmptyDayFigures();
    for (let index = 0; index < 14; index += 1) {
      const at = dayStart.getTime() + index * 33 * 60_000;
      if (at > NOW) break;
      const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)] ?? 'completed';
      const held = outcome === 'completed' ? [45, 45] : outcome === 'partial' ? [20] : [];
      const event: AdherenceEvent = {
        id: `s-${at}`,
        at,
        kind: index % 4 === 3 ? 'movement' : 'posture',
        outcome,
        exercises: held.length
          ? [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: held }]
          : [],
        boutSeconds: 1500 + Math.floor(next() * 3000),
      };
      file.events.push(event);
      figures = addEventToDay(figures, event);
      count += 1;
    }
    for (let bout = 0; bout < 6; bout += 1) {
      figures = addBoutToDay(figures, {
        start: dayStart.getTime() + bout * 80 * 60_000,
        seconds: 1200 + Math.floor(next() * 3600),
      });
    }
    file.days[date] = figures;
  }
  const dir = join(dataDir, 'history');
  mkdirSync(dir, { recursive: true });
  for (const [month, file] of months) {
    writeFileSync(
      join(dir, `adherence-${month}.json`),
      JSON.stringify({ schemaVersion: 2, ...file }, null, '\t'),
    );
  }
  return count;
}

/**
 * electron-store imports `electron`, which cannot load outside the app. A tiny stand-in
 * (like tests/support/electron-stand-in.ts; stores here always get an explicit folder)
 * answers instead; modules that reach electron-store are imported after this, dynamically.
 */
function aliasElectron(): void {
  const standIn = `data:text/javascript,${encodeURIComponent(
    "import { tmpdir } from 'node:os';" +
      'export const app = { getPath: () => tmpdir(), getVersion: () => "0.0.0-bench" };' +
      'export const ipcMain = { on: () => undefined };' +
      'export const shell = {};' +
      'export default { app, ipcMain, shell };',
  )}`;
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === 'electron' ? { url: ${JSON.stringify(standIn)}, shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/** Append cost and weekly-summary cost with one week and with five years of history. */
const CONFIGS = [
  ['one week', 8],
  ['one year', 365],
  ['five years', 5 * 365 + 1],
] as const;

/** Rounds taken in turn across the three histories, so a busy machine slows them alike. */
const ROUNDS = 7;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function runLogBench(): Promise<void> {
  aliasElectron();
  const { openLogStore } = await import('../src/main/platform/log-store');
  const { openSettingsStore } = await import('../src/main/platform/settings-store');
  const { getSummaryView } = await import('../src/main/handlers/summary');
  const history = {
    now: () => NOW,
    timeZone: ZONE,
    locale: 'de-DE',
    chooseExportPath: () => Promise.resolve(null),
    takeStartWeek: () => 0,
  };
  const setups = CONFIGS.map(([name, days]) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
    const events = writeHistory(dataDir, days);
    const settingsStore = openSettingsStore(dataDir, NOW);
    const open = () => openLogStore(dataDir, { timeZone: ZONE, now: () => NOW });
    const logStore = open();
    let serial = 0;
    return {
      name,
      dataDir,
      events,
      logStore,
      rounds: { append: [] as number[], cold: [] as number[], warm: [] as number[] },
      streak: 0,
      // Cold: a fresh store per run, as when the app has just started.
      cold: () => void getSummaryView({ settingsStore, logStore: open(), history }, 0),
      warm: () => getSummaryView({ settingsStore, logStore, history }, 0),
      append: () => {
        serial += 1;
        logStore.append({
          id: `bench-${serial}`,
          at: NOW - serial,
          kind: 'posture',
          outcome: 'completed',
          exercises: [],
          boutSeconds: 1800,
        });
      },
    };
  });
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const setup of setups) {
        setup.rounds.cold.push(medianMicros(setup.cold, 15, 2));
        setup.rounds.warm.push(medianMicros(() => void setup.warm(), 50, 5));
        setup.rounds.append.push(medianMicros(setup.append, 20, 2));
      }
    }
    setups.forEach((setup) => (setup.streak = setup.warm().summary.streakDays));
  } finally {
    setups.forEach((setup) => rmSync(setup.dataDir, { recursive: true, force: true }));
  }
  const figures = new Map(
    setups.map((setup) => {
      const figure = {
        append: median(setup.rounds.append),
        cold: median(setup.rounds.cold),
        warm: median(setup.rounds.warm),
      };
      printFigure(
        `log: history of ${setup.name} (events / streak days)`,
        `${setup.events} / ${setup.streak}`,
      );
      printFigure(`log: append with ${setup.name} of history`, figure.append, 'µs');
      printFigure(`log: weekly summary, ${setup.name}, fresh store`, figure.cold, 'µs');
      printFigure(`log: weekly summary, ${setup.name}, store open`, figure.warm, 'µs');
      return [setup.name, figure] as const;
    }),
  );
  const week = figures.get('one week');
  const year = figures.get('one year');
  const years = figures.get('five years');
  if (!week || !year || !years) return;
  printFigure('log: append ratio five years / one week (goal <= 1.5)', years.append / week.append);
  printFigure(
    'log: summary ratio five years / one week, fresh (goal <= 1.5)',
    years.cold / week.cold,
  );
  printFigure(
    'log: summary ratio five years / one week, open (goal <= 1.5)',
    years.warm / week.warm,
  );
  // One week of history has no previous week to compare and a short streak; from a year
  // on every summary does the same work, so these isolate what history length costs.
  printFigure('log: append ratio five years / one year', years.append / year.append);
  printFigure('log: summary ratio five years / one year, fresh', years.cold / year.cold);
  printFigure('log: summary ratio five years / one year, open', years.warm / year.warm);
}
