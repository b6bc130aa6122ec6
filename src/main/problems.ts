import type { DataProblem } from '../shared/problems';
import { english } from '../shared/i18n/translator';

/**
 * The one problems channel. Stores report into it through `ProblemReporter`, a
 * two-method interface: `report` when something goes wrong (again), `resolve` once it
 * is fixed. The board keeps what stands and tells its listeners (the tray, open
 * windows) after every change.
 */

export type ProblemReport = Omit<DataProblem, 'since'>;

export interface ProblemReporter {
  /** Reports a problem, or updates the one already under `problem.key`. */
  report(problem: ProblemReport): void;
  /** The problem under `key` is over (a retried write landed); unknown keys are ignored. */
  resolve(key: string): void;
}

export interface ProblemBoard extends ProblemReporter {
  list(): DataProblem[];
  /** Calls `listener` with the whole list after every change; returns the unsubscribe. */
  onChange(listener: (problems: DataProblem[]) => void): () => void;
}

export function createProblemBoard(wallNow: () => number): ProblemBoard {
  const standing = new Map<string, DataProblem>();
  const listeners = new Set<(problems: DataProblem[]) => void>();
  const list = (): DataProblem[] => [...standing.values()];
  const changed = (): void => {
    const problems = list();
    listeners.forEach((listener) => listener(problems));
  };
  return {
    report(problem) {
      const before = standing.get(problem.key);
      const words = ({ message, kept, action }: ProblemReport) =>
        JSON.stringify([message, kept, action]);
      if (before && words(before) === words(problem)) return;
      standing.set(problem.key, { ...problem, since: before?.since ?? wallNow() });
      // Logs are for developers: English, whatever the person's language.
      console.warn(`[problem] ${english.format(problem.message)} ${english.format(problem.kept)}`);
      changed();
    },
    resolve(key) {
      if (standing.delete(key)) changed();
    },
    list,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
