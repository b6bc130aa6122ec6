import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { replay } from './replay';
import { parseTrace, TraceError } from './trace';

/**
 * `npm run simulate -- <trace.jsonl>` (or `node out/cli/simulate.js <trace.jsonl>`):
 * replays a trace through the real core and prints one JSON line per event.
 *
 * Output: `notice` (pre-break notice), `breakOpen` (window opened, with the planned
 * `exercises` and their kinds), `breakEnd` (the prompt's one logged outcome; also for
 * a noticed break the person left before it opened), `naturalBreak` (an absence reached 3 min: posture, or 5 min: movement), then
 * a `summary` whose `prompts` counts logged outcomes and `wakeups` the timer firings.
 * Trace extensions beyond the format: `"idle":"none"` in the header (no idle
 * source) and `{"at":...,"timeZone":"America/New_York"}` (the OS zone changed).
 * Returns the exit code: 0 ok, 2 bad usage or trace.
 */
export function main(
  args: readonly string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): number {
  const file = args[0];
  if (!file || args.length > 1) {
    err('usage: simulate <trace.jsonl>');
    return 2;
  }
  try {
    const trace = parseTrace(readFileSync(file, 'utf8'), basename(file));
    for (const line of replay(trace)) out(JSON.stringify(line));
    return 0;
  } catch (error) {
    if (error instanceof TraceError) err(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      err(`no such file: ${file}`);
    else throw error;
    return 2;
  }
}

/** `simulate … | head`: the reader left, so stop quietly instead of crashing on EPIPE. */
export function exitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  exitOnClosedPipe(process.stdout);
  process.exitCode = main(process.argv.slice(2));
}
