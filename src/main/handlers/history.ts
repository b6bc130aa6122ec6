import { getCsvPieces, getJsonPieces, type ExportMonth } from '../../core/export-stream';
import { getDayKey } from '../../core/summary-week';
import type { ExportFormat } from '../../shared/domain';
import type { InvokeHandlers } from '../../shared/ipc';
import type { LogStore } from '../platform/log-store';
import {
  writeExportFile,
  type ExportWriteOptions,
  type ExportWriteResult,
} from '../platform/export-file';
import { toShownError } from '../error-cause';
import type { HandlerContext, HistoryContext } from './context';

export interface HistoryExportResult extends ExportWriteResult {
  rows: number;
}

/**
 * Writes the whole history to `path`, reading one month at a time and keeping none of
 * them: each month is read when the stream reaches it and dropped once written.
 */
export async function exportHistoryTo(
  path: string,
  format: ExportFormat,
  logStore: Pick<LogStore, 'listMonths' | 'readMonthOnce'>,
  history: Pick<HistoryContext, 'now' | 'timeZone'>,
  options: ExportWriteOptions = {},
): Promise<HistoryExportResult> {
  let rows = 0;
  const months = function* (): Generator<ExportMonth> {
    for (const month of logStore.listMonths()) {
      const part = logStore.readMonthOnce(month);
      rows += part.events.length;
      yield part;
    }
  };
  const pieces =
    format === 'csv'
      ? getCsvPieces(months(), history.timeZone)
      : getJsonPieces(months(), history.now(), history.timeZone);
  const written = await writeExportFile(path, pieces, options);
  return { ...written, rows };
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
      try {
        const { rows } = await exportHistoryTo(path, format, logStore, history);
        return { saved: true, path, rows };
      } catch (error) {
        throw toShownError(error, 'export');
      }
    },
  };
}
