import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { PICTURE_NAME_PATTERN } from '../../shared/programme/own-exercise';
import {
  MAX_PICTURE_BYTES,
  PICTURE_MIME,
  detectPictureType,
  getPictureProblem,
  getPictureSizeProblem,
  type PictureType,
} from '../../shared/programme/picture-type';
import type { Message } from '../../shared/i18n/message';
import { english } from '../../shared/i18n/translator';
import { fsyncFolder } from './durable-file';

/**
 * Own exercises' pictures: copied into `<user data>/pictures` under a generated name, so
 * the app never reads a path the renderer names. Only names of that form are ever read.
 */

export function getPicturesDir(dataDir: string): string {
  return join(dataDir, 'pictures');
}

/** Writes bytes whole (temp file, fsync, rename, fsync of the folder), or not at all. */
function writeBytesDurably(path: string, bytes: Uint8Array): void {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(join(path, '..'));
}

/** Bytes that cannot be a picture: `text` says why in any language, `message` in English. */
export class PictureRefused extends Error {
  constructor(readonly text: Message) {
    super(english.format(text));
    this.name = 'PictureRefused';
  }
}

/** Saves picture bytes under a new name and returns it; throws PictureRefused for bad bytes. */
export function savePicture(dataDir: string, bytes: Uint8Array): string {
  const problem = getPictureProblem(bytes);
  const type = detectPictureType(bytes);
  if (problem || !type) throw new PictureRefused(problem ?? { id: 'data.picture.notPicture' });
  const dir = getPicturesDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${type}`;
  writeBytesDurably(join(dir, name), bytes);
  return name;
}

/** Copies a picture the person chose into the pictures folder; the size is checked first. */
export function importPictureFile(dataDir: string, path: string): string {
  const size = statSync(path).size;
  if (size > MAX_PICTURE_BYTES) throw new PictureRefused(getPictureSizeProblem(size));
  return savePicture(dataDir, readFileSync(path));
}

/** A saved picture's type and bytes; null for a name not of ours or a missing file. */
export function readPicture(
  dataDir: string,
  name: string,
): { type: PictureType; bytes: Buffer } | null {
  if (!PICTURE_NAME_PATTERN.test(name)) return null;
  const path = join(getPicturesDir(dataDir), name);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const type = detectPictureType(bytes);
  return type && bytes.length <= MAX_PICTURE_BYTES ? { type, bytes } : null;
}

/** The picture as a data: URL, which the pages' CSP allows (img-src 'self' data:). */
export function readPictureDataUrl(dataDir: string, name: string): string | null {
  const picture = readPicture(dataDir, name);
  return picture
    ? `data:${PICTURE_MIME[picture.type]};base64,${picture.bytes.toString('base64')}`
    : null;
}

/** Removes saved pictures (an import that failed half-way); names not of ours are ignored. */
export function removePictures(dataDir: string, names: readonly string[]): void {
  for (const name of names) {
    if (PICTURE_NAME_PATTERN.test(name))
      rmSync(join(getPicturesDir(dataDir), name), { force: true });
  }
}
