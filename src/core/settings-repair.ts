import { settingsSchema, type Settings } from './settings';

export interface SettingsProblem {
  /** Dotted path of the key, e.g. "breaks.postureEveryMinutes". */
  path: string;
  message: string;
}

export interface RepairedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns a copy of `root` without the value at `path` (so its default applies). */
function withoutPath(root: Json, path: readonly PropertyKey[]): Json {
  if (path.length === 0 || !isRecord(root)) return undefined;
  const [head, ...rest] = path;
  const key = String(head);
  // An array is replaced whole: dropping one element would silently change its meaning.
  if (rest.length === 0 || !isRecord(root[key])) {
    return Object.fromEntries(Object.entries(root).filter(([name]) => name !== key));
  }
  return { ...root, [key]: withoutPath(root[key], rest) };
}

/**
 * Reads settings from an untrusted source (a hand-edited file, an old version):
 * every key that fails validation falls back to its default and is reported; every
 * valid key is kept. Never throws.
 */
export function repairSettings(raw: unknown): RepairedSettings {
  const problems: SettingsProblem[] = [];
  let candidate: Json = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.push({ path: '', message: 'Settings were not an object' });

  // Each round removes at least one failing key, so this ends.
  for (let round = 0; round < 200; round += 1) {
    const result = settingsSchema.safeParse(candidate);
    if (result.success) return { settings: result.data, problems };
    for (const issue of result.error.issues) {
      const path = trimToObjectKey(candidate, issue.path);
      problems.push({ path: path.map(String).join('.'), message: issue.message });
      candidate = withoutPath(candidate, path);
    }
  }
  return { settings: settingsSchema.parse({}), problems };
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
