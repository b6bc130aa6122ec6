import { useCallback } from 'react';
import type { SettingsProblem } from '../../shared/settings/repair';
import { useMessageText } from './i18n/use-text';

/**
 * A settings problem in the window's language: its descriptor formatted (messages of the
 * settings-errors area); the plain `message` only for a problem that has no descriptor.
 */
export function useProblemText(): (problem: SettingsProblem) => string {
  const format = useMessageText();
  return useCallback(
    (problem: SettingsProblem) => (problem.text ? format(problem.text) : problem.message),
    [format],
  );
}

/** The first of a refused save's problems, in words ('' when there is none). */
export function useFirstProblemText(): (problems: readonly SettingsProblem[]) => string {
  const describe = useProblemText();
  return useCallback(
    (problems: readonly SettingsProblem[]) => (problems[0] ? describe(problems[0]) : ''),
    [describe],
  );
}
