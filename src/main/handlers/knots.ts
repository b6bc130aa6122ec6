import { getKnotOverview } from '../../core/knot-changes';
import { getRoutineMarks } from '../../core/knot-weighting';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The knot finder's channels: read, save a check (the routine follows), open the window. */
export function createKnotHandlers({
  knotStore,
  controller,
  desktop,
  wallNow,
}: HandlerContext): Pick<InvokeHandlers, 'getKnots' | 'saveKnotCheck' | 'openKnotFinder'> {
  return {
    getKnots: () => getKnotOverview(knotStore.readAll()),
    saveKnotCheck: (entry) => {
      const at = wallNow();
      knotStore.append({ ...entry, id: `knots-${at}`, at });
      const checks = knotStore.readAll();
      // The next break favours the spots just marked.
      controller.dispatch({ type: 'knots', marks: getRoutineMarks(checks) });
      return getKnotOverview(checks);
    },
    openKnotFinder: () => {
      if (!desktop.openKnotFinder) throw new Error('The knot finder cannot be opened here.');
      desktop.openKnotFinder();
    },
  };
}
