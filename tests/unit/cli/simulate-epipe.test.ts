import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();

/** Three weeks of ten minutes on, ten off: thousands of natural-break lines. */
function writeLongTrace(): string {
  const start = Date.parse('2026-11-23T00:00:00Z');
  const lines = [JSON.stringify({ start: new Date(start).toISOString(), timeZone: 'UTC' })];
  for (let i = 0; i < 3000; i += 1) {
    const at = new Date(start + i * 10 * 60_000).toISOString();
    lines.push(JSON.stringify({ at, user: i % 2 === 0 ? 'active' : 'away' }));
  }
  lines.push(JSON.stringify({ at: new Date(start + 3000 * 10 * 60_000).toISOString(), end: true }));
  const file = join(tempDir(), 'long.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** `npm run simulate … | head`: the reader leaves early and the CLI must exit cleanly. */
describe('simulate CLI with a reader that leaves early', () => {
  it('exits 0 with nothing on stderr when stdout closes (EPIPE)', async () => {
    const trace = writeLongTrace();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', trace], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close the pipe, as `head -1` does.
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
