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
  | { kind: 'damaged'; reason: string };

const BOM = '\uFEFF';

/** Reads `path`; a UTF-8 byte-order mark is tolerated. Errors other than "missing" throw. */
export function readJsonFile(path: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      return { kind: 'missing' };
    throw error;
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
