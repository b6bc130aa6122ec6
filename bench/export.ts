import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHistoryTo } from '../src/main/handlers/history';
import { createMainServices } from '../src/main/services';
import { getSettledHeapMb } from './gc';
import { report } from './goals';
import { HISTORIES, getHistoryCopy } from './histories';
import { NOW, ZONE } from './office-worker';
import { createSimShell } from './sim-shell';

/** A slice may hold the main thread this long (a frame and a half; input stays responsive). */
const SLICE_GOAL_MS = 50;
/** Heap the export may leave behind, MB: what it read must be released. */
const HEAP_KEPT_GOAL_MB = 3;
/** CPU time of this process, ms: what a slice costs, whoever else shares the machine. */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
/** Each export runs twice: slices timed by the wall clock (as the app does), then by CPU time. */
const CLOCKS = [undefined, cpuMs] as const;

/**
 * The export on the 5-year histories, through the same code the IPC handler runs: the
 * longest stretch it held the main thread, and the heap before and after (after a full
 * collection each time, so only what the export kept counts).
 */
export async function runExportBench(): Promise<void> {
  for (const spec of HISTORIES.filter((history) => history.days > 365)) {
    const dataDir = await getHistoryCopy(spec);
    const out = mkdtempSync(join(tmpdir(), 'unknot-bench-export-'));
    try {
      const shell = createSimShell({ wall0: NOW, idleSeconds: () => 0, onBreak: () => undefined });
      const services = createMainServices({ dataDir, shell: shell.ports, timeZone: ZONE });
      const history = { now: () => NOW, timeZone: ZONE };
      services.getSummaryView(0);
      const prefix = `history ${spec.name}: export`;
      for (const format of ['csv', 'json'] as const) {
        const path = join(out, `history.${format}`);
        const longest: number[] = [];
        let total = 0;
        const before = getSettledHeapMb();
        for (const now of CLOCKS) {
          const began = process.hrtime.bigint();
          const result = await exportHistoryTo(path, format, services.logStore, history, { now });
          total += Number(process.hrtime.bigint() - began) / 1e6 / CLOCKS.length;
          longest.push(result.longestSliceMs);
        }
        const after = getSettledHeapMb();
        const [wallSlice = Number.NaN, cpuSlice = Number.NaN] = longest;
        report(`${prefix} ${format}, longest slice, CPU time`, cpuSlice, 'ms', SLICE_GOAL_MS);
        report(`${prefix} ${format}, longest slice, wall time (shared machine)`, wallSlice, 'ms');
        report(`${prefix} ${format}, heap before`, before, 'MB');
        report(`${prefix} ${format}, heap after`, after, 'MB');
        report(`${prefix} ${format}, heap kept`, after - before, 'MB', HEAP_KEPT_GOAL_MB);
        report(`${prefix} ${format}, whole export (not blocking)`, total, 'ms');
        report(`${prefix} ${format}, file size`, statSync(path).size / 1024, 'KB');
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
