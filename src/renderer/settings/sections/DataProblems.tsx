import { useEffect, useState } from 'react';
import type { UnknotApi } from '../../../shared/ipc';
import type { DataProblem } from '../../../shared/problems';

/**
 * The problems channel's view: every standing problem with the person's data, what
 * was kept and what to do. Main pushes the list after each change.
 */
export function DataProblems({ api }: { api: UnknotApi }) {
  const [problems, setProblems] = useState<DataProblem[]>([]);
  const [unknown, setUnknown] = useState(false);
  useEffect(() => {
    let live = true;
    api.getProblems().then(
      (list) => live && setProblems(list),
      () => live && setUnknown(true),
    );
    const off = api.on('problems', setProblems);
    return () => {
      live = false;
      off();
    };
  }, [api]);
  const dismiss = (key: string) => void api.dismissProblem({ key }).then(setProblems, () => {});
  if (unknown) return <p className="hint">Whether your data has problems could not be checked.</p>;
  if (problems.length === 0) return <p className="hint">No problems with your data.</p>;
  return (
    <div role="alert" className="data-problems">
      <h3>{problems.length === 1 ? 'A problem with your data' : 'Problems with your data'}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <p>{problem.message}</p>
            <p className="hint">{problem.kept}</p>
            <p className="hint">{problem.action}</p>
            {!problem.key.startsWith('write:') && (
              <button type="button" onClick={() => dismiss(problem.key)}>
                Dismiss
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
