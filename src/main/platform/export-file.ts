import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Writes an export without holding the main thread: the text comes as pieces (made
 * lazily, month by month), gathered into slices of a few milliseconds of work each;
 * each slice is written asynchronously and the event loop runs between slices. The
 * pieces go to a temp file beside the chosen one, renamed over it only when whole, so a
 * failure leaves no half file under the chosen name (and an older file there intact).
 */

export interface ExportWriteOptions {
  /** Work per slice before yielding; far below the 50 ms a slice may block. */
  sliceMs?: number;
  /** Monotonic milliseconds (performance.now by default). */
  now?: () => number;
}

export interface ExportWriteResult {
  /** The longest stretch the main thread was held, ms (reading months and making text). */
  longestSliceMs: number;
  slices: number;
  bytes: number;
}

const SLICE_MS = 8;
/** A slice also ends at this much text, so one write stays small. */
const SLICE_CHARS = 256 * 1024;

async function writeAll(file: FileHandle, text: string): Promise<number> {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    offset += (await file.write(bytes, offset)).bytesWritten;
  }
  return bytes.length;
}

export async function writeExportFile(
  path: string,
  pieces: Iterator<string>,
  options: ExportWriteOptions = {},
): Promise<ExportWriteResult> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const temp = `${path}.unknot-${process.pid}.tmp`;
  const result: ExportWriteResult = { longestSliceMs: 0, slices: 0, bytes: 0 };
  const file = await open(temp, 'w');
  try {
    for (let done = false; !done;) {
      const began = now();
      let text = '';
      // At least one piece per slice, so a slice budget of 0 still moves on.
      do {
        const next = pieces.next();
        if (next.done) {
          done = true;
          break;
        }
        text += next.value;
      } while (now() - began < sliceMs && text.length < SLICE_CHARS);
      result.longestSliceMs = Math.max(result.longestSliceMs, now() - began);
      result.slices += 1;
      if (text) result.bytes += await writeAll(file, text);
      await nextTurn();
    }
    await file.sync();
    await file.close();
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return result;
}
