import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { getCliSocketPath } from '../src/main/platform/cli-channel';
import { findPackagedApp } from './packaged-app';

/**
 * Starts the packaged app (npm run dist) once with a fresh user-data folder, waits for
 * its CLI socket, asks a second instance `--status` and prints the answer: the built
 * package really starts, takes the single-instance lock and answers. Real runners only.
 * Usage: tsx scripts/smoke-packaged-app.ts [distDir]
 */

const run = promisify(execFile);
const STARTUP_TIMEOUT_MS = 90_000;

function canConnect(path: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection(path);
    socket.once('connect', () => {
      socket.end();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function main(): Promise<void> {
  const app = findPackagedApp(resolve(process.argv[2] ?? 'dist'), process.platform);
  const userData = mkdtempSync(join(tmpdir(), 'unknot-smoke-'));
  const env = { ...process.env, UNKNOT_USER_DATA: userData };
  const first = spawn(app.executable, [], { env, stdio: 'inherit' });
  let exited: number | null = null;
  first.once('exit', (code) => (exited = code ?? -1));
  try {
    const socket = getCliSocketPath(process.platform, userData);
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (!(await canConnect(socket))) {
      if (exited !== null)
        throw new Error(`the packaged app exited (${String(exited)}) before listening`);
      if (Date.now() > deadline)
        throw new Error(`no CLI socket at ${socket} after ${STARTUP_TIMEOUT_MS} ms`);
      await new Promise((wait) => setTimeout(wait, 500));
    }
    const { stdout } = await run(app.executable, ['--status'], { env, timeout: 30_000 });
    if (stdout.trim() === '') throw new Error('--status printed nothing');
    console.log(`packaged app --status:\n${stdout.trim()}`);
  } finally {
    first.kill();
  }
}

await main();
