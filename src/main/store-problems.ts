import type { LogStore } from './platform/log-store';
import type { SettingsStore } from './platform/settings-store';
import type { EngineStateStore } from './platform/state-store';
import type { TensionStore } from './platform/tension-store';
import type { KnotStore } from './platform/knot-store';
import { message, type Message } from '../shared/i18n/message';
import type { FileProblem } from '../shared/problems';
import type { ProblemReporter } from './problems';
import type { UnreadableFile } from './platform/json-file';

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
  knotStore?: KnotStore;
  dataDir: string;
}

const KEEP_FILE = message('data.kept.file');

export function reportStoreProblems(stores: StoresWithProblems, problems: ProblemReporter): void {
  const folder = message('data.action.folder', { folder: stores.dataDir });
  const { setAside } = stores.settingsStore;
  if (setAside) {
    problems.report({
      key: 'settings:set-aside',
      message: setAside,
      kept: KEEP_FILE,
      action: folder,
    });
  }
  // Settings fields repaired one by one are shown beside the fields themselves; what was
  // wrong with the file as a whole is listed at the top of Settings, in its own words.
  const settingsFile = stores.settingsStore.problems.filter((p) => p.path === '');
  if (settingsFile.length > 0) {
    problems.report({
      key: 'settings:file',
      message: message('data.settings.repaired'),
      kept: KEEP_FILE,
      action: folder,
    });
  }
  for (const [index, problem] of stores.engineStateStore.problems.entries()) {
    problems.report({
      key: `engine-state:${index}`,
      message: problem,
      kept: message('data.engine.kept'),
      action: message('data.action.none'),
    });
  }
  reportEntryFile(problems, 'tension', stores.tensionStore.problems, folder);
  reportEntryFile(problems, 'knots', stores.knotStore?.problems ?? [], folder);
  for (const problem of stores.logStore.problems) {
    problems.report({
      key: `log:${problem.file}`,
      message: problem.text,
      kept: problem.kept ?? KEEP_FILE,
      action: problem.action ?? folder,
    });
  }
  reportUnreadable(problems, 'settings', stores.settingsStore.unreadable);
  reportUnreadable(problems, 'engine', stores.engineStateStore.unreadable);
  reportUnreadable(problems, 'tension', stores.tensionStore.unreadable);
  reportUnreadable(problems, 'knots', stores.knotStore?.unreadable ?? null);
}

/** Problem keys of files the system refused to read, by store. */
const UNREADABLE_KEYS = {
  settings: 'settings:unreadable',
  engine: 'engine-state:unreadable',
  tension: 'tension:unreadable',
  knots: 'knots:unreadable',
} as const;

/** A store's file that could not be read at all: left as it is, never written (json-file). */
function reportUnreadable(
  problems: ProblemReporter,
  store: keyof typeof UNREADABLE_KEYS,
  unreadable: UnreadableFile | null,
): void {
  if (!unreadable) return;
  const { file, cause } = unreadable;
  problems.report({
    key: UNREADABLE_KEYS[store],
    message: message(`data.${store}.unreadable`, { file, cause }),
    kept: message(`data.${store}.unreadableKept`),
    action: message('data.action.unreadable', { file }),
  });
}

/** A file of entries (tension check-ins, knot checks): set aside whole, or entries skipped. */
function reportEntryFile(
  problems: ProblemReporter,
  kind: 'tension' | 'knots',
  found: readonly FileProblem[],
  folder: Message,
): void {
  for (const problem of found.filter((p) => p.path === '')) {
    problems.report({
      key: `${kind}:${JSON.stringify(problem.text)}`,
      message: problem.text,
      kept: KEEP_FILE,
      action: folder,
    });
  }
  const skipped = found.filter((p) => p.path !== '').length;
  if (skipped > 0) {
    problems.report({
      key: `${kind}:skipped`,
      message: message(`data.${kind}.skipped`, { count: skipped }),
      kept: message(`data.${kind}.skippedKept`),
      action: folder,
    });
  }
}
