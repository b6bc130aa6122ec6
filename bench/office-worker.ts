import { TZDate } from '@date-fns/tz';
import { getISOWeek } from 'date-fns';
import { createMainServices, type MainServices } from '../src/main/services';
import { ipcContract } from '../src/shared/ipc';
import type { BreakPrompt, ChosenOutcome } from '../src/shared/domain';
import { createSimShell, type SimShell } from './sim-shell';

export const ZONE = 'Europe/Berlin';
/** Wednesday 18 November 2026, 11:00: every history ends here, mid-morning of a working day. */
export const NOW = new TZDate(2026, 10, 18, 11, 0, ZONE).getTime();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface Habit {
  /** Share of breaks done (completed); the rest are skipped, snoozed or left to be missed. */
  done: number;
  /** ISO weeks off each year (holidays): none for the diligent person. */
  weeksOff: readonly number[];
}

export const TYPICAL: Habit = { done: 0.55, weeksOff: [7, 8, 29, 30, 31, 51] };
export const DILIGENT: Habit = { done: 0.9, weeksOff: [] };

/** A small deterministic PRNG, so every generation writes the same history. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** What the person does at one moment of the day. */
type Act = 'arrive' | 'away' | 'back' | 'lock' | 'unlock' | 'leave';

function daySchedule(day: TZDate, next: () => number): [number, Act][] {
  const at = (h: number, m: number) =>
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), h, m, ZONE).getTime();
  const arrive = at(8, 30) + Math.floor(next() * 50) * MINUTE;
  const plan: [number, Act][] = [
    [arrive, 'unlock'],
    [arrive, 'arrive'],
  ];
  // A meeting away from the desk on Tuesdays and Thursdays; the screen stays unlocked.
  if (day.getDay() === 2 || day.getDay() === 4)
    plan.push([at(10, 30), 'away'], [at(11, 15), 'back']);
  plan.push([at(12, 15), 'lock'], [at(13, 0), 'unlock'], [at(13, 0), 'back']);
  plan.push([at(15, 30), 'away'], [at(15, 40), 'back']);
  plan.push([at(17, 15) + Math.floor(next() * 40) * MINUTE, 'leave']);
  return plan;
}

export interface Simulation {
  services: MainServices;
  shell: SimShell;
  /** Lives one more day (a working day or a day off); stops early at `until`. */
  liveDay(dayStart: number, working: boolean, until: number): Promise<void>;
}

/** The real services over `dataDir`, with a person who answers breaks as `habit` says. */
export function simulate(dataDir: string, habit: Habit, wall0: number, seed = 1): Simulation {
  const next = random(seed);
  let awaySince: number | null = wall0;
  let response: { at: number; prompt: BreakPrompt; outcome: ChosenOutcome | null } | null = null;
  const shell = createSimShell({
    wall0,
    idleSeconds: (wall) =>
      awaySince === null ? Math.floor(wall / 1000) % 7 : (wall - awaySince) / 1000,
    onBreak: (prompt) => {
      const roll = next();
      const outcome: ChosenOutcome | null =
        roll < habit.done
          ? 'completed'
          : roll < habit.done + (1 - habit.done) * 0.4
            ? 'skipped'
            : roll < habit.done + (1 - habit.done) * 0.7
              ? 'snoozed'
              : null;
      const hold = prompt.exercises.reduce(
        (sum, e) => sum + e.holdSeconds.reduce((a, b) => a + b, 0),
        0,
      );
      response = {
        at: shell.wall() + (outcome === 'completed' ? hold + 30 : 20) * 1000,
        prompt,
        outcome,
      };
      // Standing up for the routine: no input from the moment the break opens.
      if (awaySince === null) awaySince = shell.wall();
    },
  });
  const services = createMainServices({
    dataDir,
    shell: shell.ports,
    timeZone: ZONE,
    locale: 'de-DE',
  });
  const { controller, router } = services;
  void controller.start();
  let present = false;

  const answer = () => {
    const current = response;
    response = null;
    if (!current) return;
    if (present) awaySince = null;
    if (current.outcome === null) return;
    const exercises =
      current.outcome === 'completed'
        ? current.prompt.exercises.map((e) => ({
            exerciseId: e.exerciseId,
            heldSeconds: e.holdSeconds,
          }))
        : [];
    void router
      .handle(
        ipcContract.invoke.finishBreak.channel,
        { promptId: current.prompt.id, outcome: current.outcome, exercises },
        'break',
      )
      .catch(() => undefined);
  };
  const act = (what: Act) => {
    if (what === 'lock' || what === 'unlock') controller.dispatch({ type: 'system', event: what });
    if (what === 'arrive' || what === 'back') {
      present = true;
      awaySince = null;
    }
    if (what === 'away' || what === 'leave') {
      present = false;
      awaySince = shell.wall();
    }
    if (what === 'leave') controller.dispatch({ type: 'system', event: 'lock' });
  };

  return {
    services,
    shell,
    async liveDay(dayStart, working, until) {
      const plan = working ? daySchedule(new TZDate(dayStart, ZONE), next) : [];
      const end = Math.min(until, dayStart + DAY);
      // Runs the clock to `target`, answering each break when its time comes.
      const runTo = async (target: number) => {
        while (response && response.at <= target) {
          while ((shell.timerAt() ?? Infinity) < response.at)
            await shell.runTo(shell.timerAt() ?? 0);
          await shell.runTo(response.at);
          answer();
          // A break opened by the last firing is answered in a later turn of this loop.
          const armed = shell.timerAt();
          if (!response && armed !== null && armed <= target) await shell.runTo(armed);
        }
        await shell.runTo(target);
      };
      for (const [at, what] of plan) {
        if (at > end) break;
        await stepTo(at);
        act(what);
      }
      await stepTo(end);
      async function stepTo(target: number) {
        // Fire timer by timer, so a break that opens is answered before the next plan step.
        for (
          let armed = shell.timerAt();
          armed !== null && armed <= target;
          armed = shell.timerAt()
        ) {
          if (response && response.at <= armed) await runTo(response.at);
          else await shell.runTo(armed);
        }
        await runTo(target);
      }
    },
  };
}

/** True on the days the person works: Monday to Friday outside the weeks off. */
export function isWorkingDay(dayStart: number, habit: Habit): boolean {
  const day = new TZDate(dayStart, ZONE);
  const weekday = day.getDay();
  return weekday !== 0 && weekday !== 6 && !habit.weeksOff.includes(getISOWeek(day));
}

/** Writes `days` days of history ending at NOW into `dataDir`, through the real services. */
export async function generateHistory(
  dataDir: string,
  days: number,
  habit: Habit,
): Promise<MainServices> {
  const first = new TZDate(NOW - days * DAY, ZONE);
  first.setHours(0, 0, 0, 0);
  const sim = simulate(dataDir, habit, first.getTime(), days);
  for (let start = first.getTime(); start < NOW;) {
    await sim.liveDay(start, isWorkingDay(start, habit), NOW);
    const nextDay = new TZDate(start + DAY + 3 * 3_600_000, ZONE);
    nextDay.setHours(0, 0, 0, 0);
    start = nextDay.getTime();
  }
  sim.services.controller.stop();
  return sim.services;
}
