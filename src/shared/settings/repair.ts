import { message, type Message } from '../i18n/message';
import { getIssueProblem, toSettingsProblem } from './issue-text';
import { settingsSchema, type Settings } from './schema';

export interface SettingsProblem {
  /** Dotted path of the key, e.g. "breaks.postureEveryMinutes". */
  path: string;
  /** For logs: English words, or the id and values of `text` where that is given. */
  message: string;
  /**
   * What was wrong, as a message descriptor, formatted in the person's language where it
   * is shown. Given for every settings problem; the other stores' problems may lack it.
   */
  text?: Message;
}

export interface RepairedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getAt(root: Json, path: readonly PropertyKey[]): Json {
  let node = root;
  for (const key of path) node = isRecord(node) ? node[String(key)] : undefined;
  return node;
}

/**
 * Returns a copy of `root` with `value` at `path`; `undefined` removes the key, so the
 * default applies. An empty path replaces the whole object.
 */
function withValueAt(root: Json, path: readonly PropertyKey[], value: Json): Json {
  if (path.length === 0) return value ?? {};
  const record = isRecord(root) ? root : {};
  const [head, ...rest] = path;
  const key = String(head);
  if (rest.length > 0) return { ...record, [key]: withValueAt(record[key], rest, value) };
  const others = Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
  return value === undefined ? others : { ...others, [key]: value };
}

/**
 * Reads settings from an untrusted source (a hand-edited file, an old version, a form
 * being edited): every key that fails validation falls back to its value in `fallback`
 * (or to its default) and is reported once; every valid key is kept. Never throws.
 */
export function repairSettings(raw: unknown, fallback?: Settings): RepairedSettings {
  const problems: SettingsProblem[] = [];
  let candidate: Json = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.push(toSettingsProblem('', message('settings.error.notObject')));
  const seen = new Map<string, number>();

  // Each round replaces at least one failing key with a value of `fallback` or a default;
  // a key that still fails (a rule across fields) is replaced one level higher next time.
  for (let round = 0; round < 50; round += 1) {
    const result = settingsSchema.safeParse(candidate);
    if (result.success) return { settings: result.data, problems };
    for (const issue of result.error.issues) {
      const path = trimToObjectKey(candidate, issue.path);
      const key = path.map(String).join('.');
      const times = seen.get(key) ?? 0;
      seen.set(key, times + 1);
      if (times === 0) problems.push(getIssueProblem(issue, key));
      const replaced = path.slice(0, Math.max(0, path.length - times));
      candidate = withValueAt(
        candidate,
        replaced,
        fallback ? getAt(fallback, replaced) : undefined,
      );
    }
  }
  return { settings: fallback ?? settingsSchema.parse({}), problems };
}

/** Cuts an issue path at the first array so whole lists are reset, not single items. */
function trimToObjectKey(root: Json, path: readonly PropertyKey[]): PropertyKey[] {
  const kept: PropertyKey[] = [];
  let node: Json = root;
  for (const key of path) {
    if (!isRecord(node)) break;
    kept.push(key);
    node = node[String(key)];
    if (Array.isArray(node)) break;
  }
  return kept;
}
