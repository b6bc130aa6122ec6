import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes that survive a crash or a power cut: data is fsynced before it counts, and a
 * rename or a new file is followed by an fsync of its folder, so the name lasts too.
 */

/** Counts the writes this module made (each append or whole-file write is one). */
export const durableWrites = { count: 0 };

/**
 * fsync on (always in the app). The bench turns it off only while it generates years of
 * history, which writes the same bytes in seconds instead of minutes.
 */
export const durability = { fsync: true };

function sync(fd: number): void {
  if (durability.fsync) fsyncSync(fd);
}

/** Makes a folder's entries (new names, renames) durable. Some systems refuse; that is fine. */
export function fsyncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    if (!durability.fsync) return;
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable on their own.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
}

/** Appends `text` to `path` (created if missing) and fsyncs it: one write, one fsync. */
export function appendDurably(path: string, text: string): void {
  const created = !existsSync(path);
  if (created) mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a', 0o600);
  try {
    writeAll(fd, text);
    sync(fd);
  } finally {
    closeSync(fd);
  }
  durableWrites.count += 1;
  if (created) fsyncFolder(dirname(path));
}

/** Temp files are named after their target, so a crash leaves them where `removeTemps` looks. */
const TEMP_MARK = '.tmp-';

/** Replaces `path` whole: a temp file beside it, fsync, rename, fsync of the folder. */
export function writeDurably(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}${TEMP_MARK}${process.pid}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeAll(fd, text);
    sync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  durableWrites.count += 1;
  fsyncFolder(dirname(path));
}

/** Renames durably (the folder is fsynced after). */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncFolder(dirname(to));
}

/**
 * Removes temp files of writes a crash cut short (any `<name>.tmp-…` in `dir` whose name
 * starts with one of `prefixes`): the target itself is whole, the rename never happened.
 * Returns the names removed.
 */
export function removeTemps(dir: string, prefixes: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.includes(TEMP_MARK) || !prefixes.some((prefix) => name.startsWith(prefix))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(basename(name));
  }
  return removed;
}
