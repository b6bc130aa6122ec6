import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { knotCheckSchema, type KnotCheck } from '../../shared/knots';
import { message, type Message } from '../../shared/i18n/message';
import type { FileProblem } from '../../shared/problems';
import {
  readJsonFile,
  refuseUnreadWrite,
  removeLeftoverTemps,
  setFileAside,
  writeJsonFile,
  type UnreadableFile,
} from './json-file';

export const KNOT_SCHEMA_VERSION = 1;
/** Years of weekly checks; older ones are dropped first. */
const MAX_CHECKS = 520;

export interface KnotStore {
  readAll(): KnotCheck[];
  /** Saves one check; throws when the disk refused it (then nothing changed). */
  append(check: KnotCheck): void;
  /** What was wrong with the file when it was read; empty when all was well. */
  readonly problems: FileProblem[];
  /** The file, and why, when the system refused to read it at open; null otherwise. */
  readonly unreadable: UnreadableFile | null;
}

type FileRead = { entries: unknown[] } | { setAside: Message } | { unreadable: UnreadableFile };

/** Why a parsed file is not a knot file we can add to; null when it is one. */
function getShapeProblem(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return message('data.reason.notObject');
  const file = value as Record<string, unknown>;
  const version = file.schemaVersion;
  if (typeof version === 'number' && version > KNOT_SCHEMA_VERSION)
    return message('data.reason.newer', { version });
  if (version !== undefined && version !== KNOT_SCHEMA_VERSION)
    return message('data.reason.unknownVersion');
  if (file.checks !== undefined && !Array.isArray(file.checks))
    return message('data.reason.notList');
  return null;
}

function readFile(path: string): FileRead {
  const read = readJsonFile(path);
  if (read.kind === 'missing') return { entries: [] };
  if (read.kind === 'unreadable') return { unreadable: read.unreadable };
  if (read.kind === 'damaged') return { setAside: message('data.reason.notJson') };
  const reason = getShapeProblem(read.value);
  if (reason !== null) return { setAside: reason };
  return { entries: (read.value as { checks?: unknown[] }).checks ?? [] };
}

/**
 * The knot finder's checks (health data), one small JSON file, `knots.json`. An entry that
 * fails validation is reported and skipped but written back unchanged; a file that is not
 * JSON, has another shape or a newer version is set aside with its bytes intact. A file the
 * system will not let us read stays as it is, and checks are refused until a restart reads it.
 */
export function openKnotStore(dir: string, wallNow: number): KnotStore {
  const path = join(dir, 'knots.json');
  removeLeftoverTemps(path);
  const problems: FileProblem[] = [];
  let read = readFile(path);
  if ('setAside' in read) {
    const aside = setFileAside(path, 'unreadable', wallNow);
    problems.push({
      path: '',
      text: message('data.knots.setAside', { reason: read.setAside, file: aside }),
    });
    read = { entries: [] };
  }
  const unreadable = 'unreadable' in read ? read.unreadable : null;
  // Raw entries, valid or not, in file order: what the next write puts back.
  let entries = 'entries' in read ? read.entries : [];
  const checks: KnotCheck[] = [];
  entries.forEach((entry, index) => {
    const parsed = knotCheckSchema.safeParse(entry);
    if (parsed.success) checks.push(parsed.data);
    else problems.push({ path: `checks.${index}`, text: message('data.reason.badShape') });
  });
  return {
    problems,
    unreadable,
    readAll: () => [...checks],
    append(check) {
      // A file we could not read may hold entries we never saw: a write would replace
      // them. Refused (the window says so) until a restart can read it.
      if (unreadable) throw refuseUnreadWrite(unreadable);
      const nextEntries = [...entries, check].slice(-MAX_CHECKS);
      mkdirSync(dir, { recursive: true });
      writeJsonFile(path, { schemaVersion: KNOT_SCHEMA_VERSION, checks: nextEntries });
      // Memory follows only once the disk has it.
      entries = nextEntries;
      checks.push(check);
      if (checks.length > MAX_CHECKS) checks.splice(0, checks.length - MAX_CHECKS);
    },
  };
}
