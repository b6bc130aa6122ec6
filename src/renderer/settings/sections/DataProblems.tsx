import { useEffect, useState } from 'react';
import type { UnknotApi } from '../../../shared/ipc';
import type { DataProblem } from '../../../shared/problems';
import { useMessageText, useText } from '../../common/i18n/use-text';

/**
 * The problems channel's view: every standing problem with the person's data, what
 * was kept and what to do. Main pushes the list after each change.
 */
export function DataProblems({ api }: { api: UnknotApi }) {
  const t = useText();
  const say = useMessageText();
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
  if (unknown) return <p className="hint">{t('settings.data.problemsUnknown')}</p>;
  if (problems.length === 0) return <p className="hint">{t('settings.data.noProblems')}</p>;
  return (
    <div role="alert" className="data-problems">
      <h3>{t('settings.data.problems', { count: problems.length })}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <p>{say(problem.message)}</p>
            <p className="hint">{say(problem.kept)}</p>
            <p className="hint">{say(problem.action)}</p>
            {!problem.key.startsWith('write:') && (
              <button type="button" onClick={() => dismiss(problem.key)}>
                {t('settings.data.dismiss')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
