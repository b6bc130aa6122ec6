import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getHistoryCsv, getHistoryJson } from '../../../src/core/export';
import { durability } from '../../../src/main/platform/durable-file';
import { openLogStore } from '../../../src/main/platform/log-store';
import { writeExportFile } from '../../../src/main/platform/export-file';
import { createMainServices } from '../../../src/main/services';
import { ipcContract } from '../../../src/shared/ipc';
import type { AdherenceEvent, ExportResult } from '../../../src/shared/domain';
import { createRecordingShell } from '../../support/recording-shell';
import { announceSkip } from '../../support/skip-notice';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 86_400_000;

/** 14 months of a person's breaks, written through the real log store. */
function writeHistory(dataDir: string): void {
  // The same bytes without an fsync per line: seconds instead of a minute.
  durability.fsync = false;
  const log = openLogStore(dataDir, { timeZone: ZONE, now: () => NOW });
  const first = NOW - 400 * DAY;
  for (let index = 0; index < 400 * 3; index += 1) {
    const event: AdherenceEvent = {
      id: `p${index}`,
      at: first + Math.floor(index / 3) * DAY + (index % 3) * 3 * 3_600_000,
      kind: index % 5 === 0 ? 'movement' : 'posture',
      outcome: index % 4 === 0 ? 'skipped' : 'completed',
      exercises:
        index % 4 === 0 ? [] : [{ exerciseId: 'chin-tuck', heldSeconds: [30, index % 40] }],
      boutSeconds: 1500 + index,
    };
    log.append(event);
    if (index % 3 === 2) log.recordBout({ start: event.at - 600_000, seconds: 1200 });
  }
  durability.fsync = true;
}

function exportThrough(dataDir: string, target: string, format: 'csv' | 'json') {
  const shell = createRecordingShell({ wall0: NOW });
  const main = createMainServices({
    dataDir,
    shell: shell.ports,
    timeZone: ZONE,
    locale: 'en-GB',
    chooseExportPath: async () => target,
  });
  const channel = ipcContract.invoke.exportHistory.channel;
  return main.router.handle(channel, { format }, 'summary') as Promise<ExportResult>;
}

describe('the export streams the history month by month', () => {
  it('writes the bytes the one-shot export wrote, CSV and JSON', async () => {
    const dataDir = tempDir();
    writeHistory(dataDir);
    const whole = openLogStore(dataDir, { timeZone: ZONE, now: () => NOW }).readAll();
    expect(whole.events).toHaveLength(1200);
    const csv = join(dataDir, 'out.csv');
    expect(await exportThrough(dataDir, csv, 'csv')).toEqual({
      saved: true,
      path: csv,
      rows: 1200,
    });
    expect(readFileSync(csv, 'utf8')).toBe(getHistoryCsv(whole.events, ZONE));
    const json = join(dataDir, 'out.json');
    await exportThrough(dataDir, json, 'json');
    expect(readFileSync(json, 'utf8')).toBe(getHistoryJson(whole.events, whole.days, NOW, ZONE));
  }, 30_000);

  it('gives the event loop a turn between slices of bounded work', async () => {
    const folder = tempDir();
    let clock = 0;
    // Every piece costs 1 ms of the fake clock; slices stop at 5 ms.
    const pieces = (function* () {
      for (let index = 0; index < 100; index += 1) {
        clock += 1;
        yield `${index}\n`;
      }
    })();
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    const result = await writeExportFile(join(folder, 'slices.txt'), pieces, {
      sliceMs: 5,
      now: () => clock,
    }).finally(() => clearInterval(ticking));
    expect(result.longestSliceMs).toBeLessThanOrEqual(5);
    expect(result.slices).toBeGreaterThanOrEqual(20);
    expect(turns).toBeGreaterThan(0);
  });

  it('leaves no half file under the chosen name when a write fails midway', async () => {
    const folder = tempDir();
    const target = join(folder, 'unknot-history.csv');
    writeFileSync(target, 'the export of last week\n');
    const pieces = (function* () {
      yield 'id,time\r\n';
      yield 'a,1\r\n';
      throw new Error('the history could not be read');
    })();
    await expect(writeExportFile(target, pieces, { sliceMs: 0 })).rejects.toThrow(
      /could not be read/,
    );
    expect(readFileSync(target, 'utf8')).toBe('the export of last week\n');
    expect(readdirSync(folder)).toEqual(['unknot-history.csv']);
  });

  const root = process.getuid?.() === 0;
  announceSkip('export onto a full disk', root ? null : 'needs root to mount a tmpfs');
  it.skipIf(!root)(
    'leaves nothing on a disk that fills up during the export',
    async () => {
      const dataDir = tempDir();
      writeHistory(dataDir);
      const disk = mkdtempSync(join(tmpdir(), 'unknot-export-disk-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
      try {
        const target = join(disk, 'unknot-history.json');
        await expect(exportThrough(dataDir, target, 'json')).rejects.toThrow('the disk is full');
        expect(existsSync(target)).toBe(false);
        expect(readdirSync(disk)).toEqual([]);
      } finally {
        execFileSync('umount', [disk]);
        rmdirSync(disk);
      }
    },
    30_000,
  );
});
