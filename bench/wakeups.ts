import { TZDate } from '@date-fns/tz';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMainServices } from '../src/main/services';
import { report } from './goals';
import { TYPICAL, ZONE, simulate } from './office-worker';
import { createSimShell } from './sim-shell';

const HOUR = 3_600_000;
/** Tuesday 24 November 2026: a day with a meeting, lunch and a coffee break. */
const at = (d: number, h: number, m = 0) => new TZDate(2026, 10, d, h, m, ZONE).getTime();

async function withFolder<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-wakeups-'));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Timer firings of the real services: an office day, an unlocked night, a paused day. */
export async function runWakeupsBench(): Promise<void> {
  const officeDay = await withFolder(async (dir) => {
    const sim = simulate(dir, TYPICAL, at(24, 0), 7);
    const before = sim.shell.wakeups();
    await sim.liveDay(at(24, 0), true, at(25, 0));
    // Locked or gone outside about 08:30–17:40; the day's wake-ups per hour of it.
    return (sim.shell.wakeups() - before) / 9;
  });
  report('wake-ups per active hour, office day (meetings, lunch, locks)', officeDay, '', 40);

  const night = await withFolder(async (dir) => {
    let awaySince: number | null = null;
    const shell = createSimShell({
      wall0: at(24, 18),
      idleSeconds: (wall) => (awaySince === null ? 0 : (wall - awaySince) / 1000),
      onBreak: () => undefined,
    });
    const { controller } = createMainServices({ dataDir: dir, shell: shell.ports, timeZone: ZONE });
    await controller.start();
    await shell.runTo(at(24, 19));
    awaySince = at(24, 19);
    const before = shell.wakeups();
    await shell.runTo(at(24, 19) + 12 * HOUR);
    return shell.wakeups() - before;
  });
  report('wake-ups in an unlocked 12-hour night', night, '', 60);

  const paused = await withFolder(async (dir) => {
    const shell = createSimShell({
      wall0: at(24, 9),
      idleSeconds: () => 0,
      onBreak: () => undefined,
    });
    const { controller } = createMainServices({ dataDir: dir, shell: shell.ports, timeZone: ZONE });
    await controller.start();
    controller.dispatch({ type: 'pause', length: { minutes: 8 * 60 } });
    const before = shell.wakeups();
    await shell.runTo(at(24, 17) + 30_000);
    return shell.wakeups() - before;
  });
  report('wake-ups in a paused day (09:00-17:00)', paused, '', 2);
}
