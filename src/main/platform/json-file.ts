import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { message, type Message } from '../../shared/i18n/message';
import { getErrorCause } from '../error-cause';
import { formatText } from '../i18n';

/**
 * A small JSON file that is read whole and replaced whole: written to a temp file,
 * fsynced, renamed over the old one, and the folder fsynced so the rename survives a
 * power cut. One try per write, no synchronous retry loop: a failure is thrown at once
 * for the caller to keep and retry later. Used for the engine state and the tension
 * check-ins (health data: leftover temp files are removed at start).
 */

export type JsonRead =
  | { kind: 'missing' }
  | { kind: 'ok'; value: unknown }
  /** The bytes are there but are not JSON; `reason` says why. */
  | { kind: 'damaged'; reason: string }
  /** The system refused the read (EACCES, EISDIR, EIO…): the bytes, if any, are unknown. */
  | { kind: 'unreadable'; unreadable: UnreadableFile };

/**
 * A store's file that could not be read at open. The store then never writes it (a
 * write would replace bytes nobody has seen) until a restart can read it.
 */
export interface UnreadableFile {
  file: string;
  /** Why, in words (error-cause.ts); the system's own words go to the log. */
  cause: Message;
}

const BOM = '\uFEFF';

/**
 * What a store throws instead of writing a file it could not read: the window shows its
 * message (in main's language), getErrorCause finds its worded cause.
 */
export function refuseUnreadWrite(unreadable: UnreadableFile): Error {
  const knownCause = message('data.cause.unreadAtStart');
  const error = new Error(formatText(knownCause));
  console.warn(`[data] not writing ${unreadable.file}: it could not be read at start`);
  return Object.assign(error, { knownCause });
}

/** Reads `path`; a UTF-8 byte-order mark is tolerated. Never throws. */
export function readJsonFile(path: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      return { kind: 'missing' };
    console.warn(`[data] ${path} cannot be read: ${String(error)}`);
    return { kind: 'unreadable', unreadable: { file: path, cause: getErrorCause(error) } };
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

const tempPrefix = (path: string): string => `${basename(path)}.tmp-`;

function fsyncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `path` with `value` as JSON, atomically and durably; throws on any failure. */
export function writeJsonFile(path: string, value: unknown): void {
  const temp = join(dirname(path), `${tempPrefix(path)}${process.pid}-${Date.now()}`);
  const text = `${JSON.stringify(value, null, '\t')}\n`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(dirname(path));
}

/** Moves a file that cannot be used out of the way, keeping its bytes; returns the new path. */
export function setFileAside(path: string, label: string, wallNow: number): string {
  const name = basename(path).replace(/\.json$/, '');
  const aside = join(dirname(path), `${name}.${label}-${wallNow}.json`);
  renameSync(path, aside);
  return aside;
}

/** Removes temp files that writes cut short by a crash left beside `path`. */
export function removeLeftoverTemps(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder)) return;
  const prefix = tempPrefix(path);
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix)) rmSync(join(folder, name), { force: true });
  }
}
