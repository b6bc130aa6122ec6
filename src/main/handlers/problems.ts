import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The problems channel's calls: the standing list, and "dismiss" for one the person read. */
export function createProblemsHandlers({
  problems,
  refreshProblems,
}: HandlerContext): Pick<InvokeHandlers, 'getProblems' | 'dismissProblem'> {
  return {
    getProblems: () => {
      refreshProblems();
      return problems.list();
    },
    dismissProblem: ({ key }) => {
      // A write still waiting for a retry cannot be dismissed: it stands until it lands.
      if (!key.startsWith('write:')) problems.resolve(key);
      return problems.list();
    },
  };
}
