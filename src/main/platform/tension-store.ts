import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tensionCheckInSchema, type TensionCheckIn } from '../../shared/tension';
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

export const TENSION_SCHEMA_VERSION = 1;
/** Ten years of weekly check-ins; older ones are dropped first. */
const MAX_CHECK_INS = 520;

export interface TensionStore {
  readAll(): TensionCheckIn[];
  /** Saves one check-in; throws when the disk refused it (then nothing changed). */
  append(checkIn: TensionCheckIn): void;
  /** What was wrong with the file when it was read; empty when all was well. */
  readonly problems: FileProblem[];
  /** The file, and why, when the system refused to read it at open; null otherwise. */
  readonly unreadable: UnreadableFile | null;
}

type FileRead = { entries: unknown[] } | { setAside: Message } | { unreadable: UnreadableFile };

/** Why a parsed file is not a tension file we can add to; null when it is one. */
function getShapeProblem(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return message('data.reason.notObject');
  const file = value as Record<string, unknown>;
  const version = file.schemaVersion;
  if (typeof version === 'number' && version > TENSION_SCHEMA_VERSION)
    return message('data.reason.newer', { version });
  if (version !== undefined && version !== TENSION_SCHEMA_VERSION)
    return message('data.reason.unknownVersion');
  if (file.checkIns !== undefined && !Array.isArray(file.checkIns))
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
  const entries = (read.value as { checkIns?: unknown[] }).checkIns;
  return { entries: entries ?? [] };
}

/**
 * The weekly tension check-ins (health data), one small JSON file. An entry that fails
 * validation is reported and skipped but kept in the file on every later write. A file
 * that is not JSON, has another shape or a newer version is set aside with its bytes
 * intact and a message, so the next check-in never overwrites it. A file the system will
 * not let us read stays as it is, and check-ins are refused until a restart reads it.
 */
export function openTensionStore(dir: string, wallNow: number): TensionStore {
  const path = join(dir, 'tension.json');
  removeLeftoverTemps(path);
  const problems: FileProblem[] = [];
  let read = readFile(path);
  if ('setAside' in read) {
    const aside = setFileAside(path, 'unreadable', wallNow);
    problems.push({
      path: '',
      text: message('data.tension.setAside', { reason: read.setAside, file: aside }),
    });
    read = { entries: [] };
  }
  const unreadable = 'unreadable' in read ? read.unreadable : null;
  // Raw entries, valid or not, in file order: what the next write puts back.
  let entries = 'entries' in read ? read.entries : [];
  const checkIns: TensionCheckIn[] = [];
  entries.forEach((entry, index) => {
    const parsed = tensionCheckInSchema.safeParse(entry);
    if (parsed.success) checkIns.push(parsed.data);
    else problems.push({ path: `checkIns.${index}`, text: message('data.reason.badShape') });
  });
  return {
    problems,
    unreadable,
    readAll: () => [...checkIns],
    append(checkIn) {
      // A file we could not read may hold entries we never saw: a write would replace
      // them. Refused (the window says so) until a restart can read it.
      if (unreadable) throw refuseUnreadWrite(unreadable);
      const nextEntries = [...entries, checkIn].slice(-MAX_CHECK_INS);
      mkdirSync(dir, { recursive: true });
      writeJsonFile(path, { schemaVersion: TENSION_SCHEMA_VERSION, checkIns: nextEntries });
      // Memory follows only once the disk has it.
      entries = nextEntries;
      checkIns.push(checkIn);
      if (checkIns.length > MAX_CHECK_INS) checkIns.splice(0, checkIns.length - MAX_CHECK_INS);
    },
  };
}
