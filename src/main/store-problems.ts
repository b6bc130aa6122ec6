import type { LogStore } from './platform/log-store';
import type { SettingsStore } from './platform/settings-store';
import type { EngineStateStore } from './platform/state-store';
import type { TensionStore } from './platform/tension-store';
import type { ProblemReporter } from './problems';

/**
 * Puts what each store found wrong when reading its files on the problems channel. The
 * stores keep their own lists (they are read at open, before the board exists in
 * tests); this copies them over, once at start and again whenever the list is asked
 * for, so a month file set aside later in the session shows up too.
 */

export interface StoresWithProblems {
  settingsStore: SettingsStore;
  logStore: LogStore;
  engineStateStore: EngineStateStore;
  tensionStore: TensionStore;
  dataDir: string;
}

const KEEP_FILE = 'Nothing was deleted: the original bytes stay in the file named above.';

export function reportStoreProblems(stores: StoresWithProblems, problems: ProblemReporter): void {
  const folder = `Look in ${stores.dataDir}; restore the file from a backup, or leave it be.`;
  // Settings fields repaired one by one are shown beside the fields themselves.
  for (const problem of stores.settingsStore.problems.filter((p) => p.path === '')) {
    problems.report({
      key: `settings:${problem.message}`,
      message: problem.message,
      kept: KEEP_FILE,
      action: folder,
    });
  }
  for (const problem of stores.engineStateStore.problems) {
    problems.report({
      key: `engine-state:${problem}`,
      message: problem,
      kept: 'Your history is not affected; only the pause and snooze state started fresh.',
      action: 'Nothing to do.',
    });
  }
  const tension = stores.tensionStore.problems;
  const skipped = tension.filter((p) => p.path !== '');
  for (const problem of tension.filter((p) => p.path === '')) {
    problems.report({
      key: `tension:${problem.message}`,
      message: problem.message,
      kept: KEEP_FILE,
      action: folder,
    });
  }
  if (skipped.length > 0) {
    problems.report({
      key: 'tension:skipped',
      message: `${skipped.length} tension check-in(s) could not be read and were skipped.`,
      kept: 'They stay in tension.json until the next check-in is saved.',
      action: folder,
    });
  }
  for (const problem of stores.logStore.problems) {
    problems.report({
      key: `log:${problem.file}`,
      message: problem.message,
      kept: KEEP_FILE,
      action: folder,
    });
  }
}
