import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** History channels, shared by the summary and settings windows. */
export function createHistoryHandlers(
  _context: HandlerContext,
): Pick<InvokeHandlers, 'exportHistory'> {
  return {
    // Placeholder until the adherence-log work lands: fails loudly, never pretends to save.
    exportHistory: () => {
      throw new Error('Exporting history is not available yet.');
    },
  };
}
