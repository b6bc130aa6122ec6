import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLogStore } from '../../../src/main/platform/log-store';
import { createMainServices } from '../../../src/main/services';
import { ipcContract } from '../../../src/shared/ipc';
import { createRecordingShell } from '../../support/recording-shell';
import { announceSkip } from '../../support/skip-notice';

/**
 * Fault injection: a working day on a real 64 KiB tmpfs, driven through the real
 * services (controller, stores, IPC router). Midway the disk fills up; breaks must keep
 * coming, the person is told on the problems channel, and once space returns every
 * break the window was told was saved is on disk.
 */

const MIN = 60_000;
/** Monday 23 November 2026, 09:00 UTC. */
const MONDAY_9 = Date.UTC(2026, 10, 23, 9);

function mountSmallDisk(): { dir: string | null; reason: string | null } {
  if (process.getuid?.() !== 0) return { dir: null, reason: 'needs root to mount a tmpfs' };
  const dir = mkdtempSync(join(tmpdir(), 'unknot-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir, reason: null };
  } catch (error) {
    rmdirSync(dir);
    return { dir: null, reason: `mount -t tmpfs failed here (${String(error).split('\n')[0]})` };
  }
}

/** Writes a filler file until the disk refuses more; returns its path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
  } finally {
    closeSync(fd);
  }
  return path;
}

/** Appends newlines to `file` until the disk refuses one more byte. */
function fillSlack(file: string): void {
  const fd = openSync(file, 'a');
  try {
    for (;;) writeSync(fd, '\n');
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
  } finally {
    closeSync(fd);
  }
}

const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) {
    execFileSync('umount', [dir]);
    rmdirSync(dir);
  }
});

describe('a working day on a disk that fills up', () => {
  const disk = mountSmallDisk();
  announceSkip('full-disk fault injection', disk.reason);

  it.skipIf(disk.dir === null)(
    'keeps giving breaks, tells the person, and saves every acknowledged break once space returns',
    async () => {
      const dataDir = disk.dir ?? '';
      mounts.push(dataDir);
      const shell = createRecordingShell({ wall0: MONDAY_9 });
      const main = createMainServices({ dataDir, shell: shell.ports, timeZone: 'UTC' });
      const acknowledged: string[] = [];
      const finishBreak = ipcContract.invoke.finishBreak.channel;
      /** The person at the desk: every break that opens is done and sent as the window would. */
      const live = async (minutes: number): Promise<void> => {
        for (let i = 0; i < minutes; i += 1) {
          await shell.advance(MIN);
          const prompt = main.controller.getPrompt();
          if (!prompt) continue;
          const result = { promptId: prompt.id, outcome: 'completed', exercises: [] };
          await main.router.handle(finishBreak, result, 'break');
          acknowledged.push(prompt.id);
        }
      };
      const opened = (): number => shell.calls.openBreakWindow.length;

      await main.controller.start();
      await live(2 * 60);
      const healthy = opened();
      expect(healthy).toBeGreaterThanOrEqual(3);

      const filler = fillDisk(dataDir);
      // tmpfs gives a file whole pages: the journal's last page still has room for a few
      // lines. Fill it with blank lines (the journal skips them) so the disk is truly full.
      fillSlack(join(dataDir, 'history', 'adherence-2026-11.jsonl'));
      await live(3 * 60);
      // Breaks kept coming on the full disk...
      expect(opened() - healthy).toBeGreaterThanOrEqual(4);
      // ...and the person was told, on the one channel the tray and Settings show.
      const problems = main.problems.list();
      expect(problems.map((p) => p.key)).toContain('write:log');
      expect(problems.find((p) => p.key === 'write:log')?.message).toEqual({
        id: 'data.write.log',
        values: { cause: { id: 'data.cause.diskFull' } },
      });
      expect(shell.calls.broadcast.some(([event]) => event === 'problems')).toBe(true);
      expect(main.controller.waitingWrites()).toBeGreaterThan(0);

      rmSync(filler);
      await live(30);
      expect(main.controller.waitingWrites()).toBe(0);
      expect(main.problems.list()).toEqual([]);
      // A new process reads the disk: every acknowledged break is there, once.
      const ids = openLogStore(dataDir, { timeZone: 'UTC' })
        .readAll()
        .events.map((event) => event.id);
      expect(ids.filter((id) => acknowledged.includes(id)).sort()).toEqual(
        [...acknowledged].sort(),
      );
      expect(new Set(ids).size).toBe(ids.length);
    },
    120_000,
  );
});
