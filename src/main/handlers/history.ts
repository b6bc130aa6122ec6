import { rename, writeFile } from 'node:fs/promises';
import { getHistoryCsv, getHistoryJson } from '../../core/export';
import { getDayKey } from '../../core/summary-week';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** Writes beside the target and renames, so a failed write never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.unknot-${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/** History channels, shared by the summary and settings windows. */
export function createHistoryHandlers({
  logStore,
  history,
}: HandlerContext): Pick<InvokeHandlers, 'exportHistory'> {
  return {
    exportHistory: async ({ format }) => {
      const today = getDayKey(history.now(), history.timeZone);
      const path = await history.chooseExportPath(`unknot-history-${today}.${format}`);
      if (path === null) return { saved: false };
      const { events, days } = logStore.readAll();
      const text =
        format === 'csv'
          ? getHistoryCsv(events, history.timeZone)
          : getHistoryJson(events, days, history.now(), history.timeZone);
      await writeAtomically(path, text);
      return { saved: true, path, rows: events.length };
    },
  };
}
