import { rmSync } from 'node:fs';
import { openLogStore } from '../src/main/platform/log-store';
import { durableWrites } from '../src/main/platform/durable-file';
import { getSummaryView } from '../src/main/handlers/summary';
import { createMainServices, type MainServices } from '../src/main/services';
import { ipcContract } from '../src/shared/ipc';
import type { BreakPrompt } from '../src/shared/domain';
import { report } from './goals';
import { HISTORIES, getHistoryBytes, getHistoryCopy } from './histories';
import { collectGarbage } from './gc';
import { leastCost, type Cost } from './measure';
import { NOW, ZONE } from './office-worker';
import { createSimShell } from './sim-shell';

/** Rounds taken in turn across the histories, so a busy machine slows them alike. */
const ROUNDS = 7;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
/** The median over rounds of each round's least cost of one kind, in ms. */
const medianMs = (costs: Cost[], kind: keyof Cost) =>
  median(costs.map((cost) => cost[kind])) / 1000;

/** The real services over a history, at NOW, with the person at the desk. */
function start(dataDir: string): { services: MainServices; prompts: BreakPrompt[] } {
  const prompts: BreakPrompt[] = [];
  const shell = createSimShell({
    wall0: NOW,
    idleSeconds: () => 0,
    onBreak: (p) => prompts.push(p),
  });
  const services = createMainServices({
    dataDir,
    shell: shell.ports,
    timeZone: ZONE,
    locale: 'de-DE',
  });
  return { services, prompts };
}

const call = (
  services: MainServices,
  channel: string,
  body: unknown,
  window: 'summary' | 'break',
) => services.router.handle(channel, body, window);

interface Figures {
  fresh: Cost[];
  open: Cost[];
  tension: Cost[];
  start: Cost[];
  breakEnd: Cost[];
  append: Cost[];
}

/**
 * The history-dependent figures on histories the app's services wrote (bench/office-worker):
 * each at 5 years diligent must stay within 1.5x of its 1-week value. Each figure is the
 * least a sample took in a round (bench/measure `leastCost`), the median over the rounds.
 */
export async function runLogBench(): Promise<void> {
  const setups = [];
  // One at a time: generating a history (the first run) is CPU-bound.
  for (const spec of HISTORIES) {
    const dataDir = await getHistoryCopy(spec);
    const bytes = getHistoryBytes(dataDir);
    const { services, prompts } = start(dataDir);
    await services.controller.start();
    const figures: Figures = {
      fresh: [],
      open: [],
      tension: [],
      start: [],
      breakEnd: [],
      append: [],
    };
    setups.push({ spec, dataDir, bytes, services, prompts, figures, serial: 0, writes: 0 });
  }
  const summaryChannel = ipcContract.invoke.getSummary.channel;
  const tensionChannel = ipcContract.invoke.getTension.channel;
  const finishChannel = ipcContract.invoke.finishBreak.channel;
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const setup of setups) {
        const { services, dataDir, figures } = setup;
        const history = {
          now: () => NOW,
          timeZone: ZONE,
          locale: 'de-DE',
          chooseExportPath: () => Promise.resolve(null),
          takeStartWeek: () => 0,
        };
        // Opening stores makes garbage: each such sample starts from a full collection.
        figures.fresh.push(
          leastCost(
            () =>
              void getSummaryView(
                {
                  settingsStore: services.settingsStore,
                  logStore: openLogStore(dataDir, { timeZone: ZONE, now: () => NOW }),
                  history,
                },
                0,
              ),
            15,
            3,
            collectGarbage,
          ),
        );
        figures.open.push(
          leastCost(() => void call(services, summaryChannel, { weeksBack: 0 }, 'summary'), 40, 5),
        );
        figures.tension.push(
          leastCost(() => void call(services, tensionChannel, undefined, 'summary'), 40, 5),
        );
        figures.start.push(
          leastCost(
            () => {
              const fresh = start(dataDir).services;
              fresh.getSummaryView(0);
              fresh.controller.start();
              fresh.controller.stop();
            },
            9,
            2,
            collectGarbage,
          ),
        );
        const ends: Cost[] = [];
        for (let index = 0; index < 6; index += 1) {
          services.controller.dispatch({ type: 'startBreakNow' });
          const prompt = setup.prompts.at(-1);
          if (!prompt) throw new Error('no break opened');
          const body = {
            promptId: prompt.id,
            outcome: 'completed',
            exercises: prompt.exercises.map((e) => ({
              exerciseId: e.exerciseId,
              heldSeconds: e.holdSeconds,
            })),
          };
          // A collection the sample did not cause would be counted as its cost.
          collectGarbage();
          const before = durableWrites.count;
          const cpu = process.cpuUsage();
          const began = process.hrtime.bigint();
          await call(services, finishChannel, body, 'break');
          const used = process.cpuUsage(cpu);
          ends.push({
            wall: Number(process.hrtime.bigint() - began) / 1000,
            cpu: used.user + used.system,
          });
          setup.writes = Math.max(setup.writes, durableWrites.count - before);
        }
        figures.breakEnd.push({
          wall: Math.min(...ends.map((end) => end.wall)),
          cpu: Math.min(...ends.map((end) => end.cpu)),
        });
        figures.append.push(
          leastCost(
            () => {
              setup.serial += 1;
              services.logStore.append({
                id: `bench-${setup.serial}`,
                at: NOW - 3_600_000,
                kind: 'posture',
                outcome: 'skipped',
                exercises: [],
                boutSeconds: 1800,
              });
            },
            10,
            1,
          ),
        );
      }
    }
  } finally {
    setups.forEach((setup) => rmSync(setup.dataDir, { recursive: true, force: true }));
  }
  const byName = new Map(setups.map((setup) => [setup.spec.name, setup]));
  const week = byName.get('1 week');
  const diligent = byName.get('5 years diligent');
  for (const setup of setups) {
    const summary = setup.services.getSummaryView(0).summary;
    const prefix = `history ${setup.spec.name}:`;
    report(`${prefix} streak`, summary.streakDays, 'days');
    report(
      `${prefix} disk per year of history`,
      setup.bytes / (setup.spec.days / 365) / 1024,
      'KB',
    );
    const wall = (key: keyof Figures) => medianMs(setup.figures[key], 'wall');
    report(`${prefix} weekly summary, fresh store`, wall('fresh'), 'ms');
    report(`${prefix} weekly summary, store open`, wall('open'), 'ms');
    report(`${prefix} tension overview`, wall('tension'), 'ms');
    report(`${prefix} start (services, first summary, engine)`, wall('start'), 'ms');
    report(`${prefix} one break end`, wall('breakEnd'), 'ms');
    report(`${prefix} one append`, wall('append'), 'ms');
    report(`${prefix} disk writes per break end`, setup.writes, '', 1);
  }
  if (!week || !diligent) return;
  // The goals hold on CPU time: the same work whatever else the machine runs. Wall time
  // (fsync waits included) is printed beside it, without a goal.
  for (const key of ['fresh', 'open', 'tension', 'start', 'breakEnd', 'append'] as const) {
    const ratio = (kind: keyof Cost) =>
      medianMs(diligent.figures[key], kind) / medianMs(week.figures[key], kind);
    report(`ratio 5 years diligent / 1 week: ${key}, CPU time`, ratio('cpu'), '', 1.5);
    report(`ratio 5 years diligent / 1 week: ${key}, wall time`, ratio('wall'));
  }
}
