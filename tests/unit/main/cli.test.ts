import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createConnection, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs, type CliCommand, type CliRequest } from '../../../src/core/cli-args';
import { createEngineState } from '../../../src/core/engine';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import {
  createCliRequestRunner,
  runCliCommand,
  type CliDeps,
} from '../../../src/main/cli-dispatch';
import { createController } from '../../../src/main/controller';
import {
  ensurePrivateSocketFolder,
  getCliSocketPath,
  listenForCli,
  sendCliCommand,
} from '../../../src/main/platform/cli-channel';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';
import { english } from '../../../src/shared/i18n/translator';

const tempDir = tempDirPerTest('unknot-cli-');

/** A real controller over a recording shell: what the first instance runs commands on. */
async function runningInstance() {
  const shell = createRecordingShell();
  const controller = createController(
    shell.ports,
    createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
  );
  await controller.start();
  const summaries: true[] = [];
  const deps: CliDeps = {
    dispatch: (input) => controller.dispatch(input),
    getStatus: () => controller.getStatus(),
    nowWall: () => shell.ports.now().wall,
    showSummary: () => summaries.push(true),
    isIdleUnavailable: () => false,
    format: english.format,
  };
  return { shell, controller, deps, summaries };
}

function command(argv: string[]): CliCommand {
  const parsed = parseCliArgs(['unknot', ...argv]);
  if (!('command' in parsed) || parsed.command === null)
    throw new Error(`no command in ${argv.join(' ')}`);
  return parsed.command;
}

describe('CLI dispatch in the running instance', () => {
  it('--break-now opens a break', async () => {
    const app = await runningInstance();
    expect(runCliCommand(command(['--break-now']), app.deps)).toEqual({
      ok: true,
      text: 'Starting a break.',
    });
    expect(app.shell.calls.openBreakWindow).toHaveLength(1);
    expect(app.controller.getStatus().phase).toBe('inBreak');
  });

  it('--pause 60 pauses for an hour and --resume ends it', async () => {
    const app = await runningInstance();
    expect(runCliCommand(command(['--pause', '60']), app.deps)).toEqual({
      ok: true,
      text: 'Paused for 1 h 00 min.',
    });
    const paused = app.controller.getStatus();
    expect(paused.phase).toBe('paused');
    expect(paused.pausedUntil).toBe(app.shell.ports.now().wall + 60 * 60_000);
    expect(runCliCommand(command(['--resume']), app.deps)).toEqual({ ok: true, text: 'Resumed.' });
    expect(app.controller.getStatus().phase).not.toBe('paused');
  });

  it('--summary opens the summary and --status prints sitting time and the next break', async () => {
    const app = await runningInstance();
    runCliCommand(command(['--summary']), app.deps);
    expect(app.summaries).toHaveLength(1);
    const reply = runCliCommand(command(['--status']), app.deps);
    expect(reply).toMatchObject({
      ok: true,
      text: expect.stringMatching(/^Sitting: .+\nNext break: posture, in 30 min$/),
    });
  });
});

let nextId = 0;
/** A request as a second instance sends it: a fresh id per command. */
function request(argv: string[]): CliRequest {
  nextId += 1;
  return { id: `request-${nextId}`, command: command(argv) };
}

/** Sends raw bytes and resolves with everything the server answered. */
function sendRaw(path: string, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection(path, () => socket.write(bytes));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
  });
}

describe('CLI reply path over a local socket', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });
  const listen = async (path: string, app: Awaited<ReturnType<typeof runningInstance>>) => {
    const run = createCliRequestRunner((cmd) => runCliCommand(cmd, app.deps));
    servers.push(await listenForCli(path, run));
    return run;
  };

  it('keeps socket paths short, per user-data folder, in a folder of our own', () => {
    expect(getCliSocketPath('linux', '/home/ana/.config/Unknot')).toBe(
      '/home/ana/.config/Unknot/cli.sock',
    );
    const long = getCliSocketPath('linux', `/home/${'x'.repeat(120)}`, '/tmp', 1000);
    expect(long).toMatch(/^\/tmp\/unknot-1000\/[0-9a-f]{16}\.sock$/);
    expect(getCliSocketPath('win32', 'C:\\Users\\ana\\AppData\\Roaming\\Unknot')).toMatch(
      /^\\\\\.\\pipe\\unknot-[0-9a-f]{16}$/,
    );
    expect(getCliSocketPath('win32', 'a')).not.toBe(getCliSocketPath('win32', 'b'));
  });

  it('makes the temp-folder fallback 0700 and refuses one open to others', () => {
    const temp = tempDir();
    const path = getCliSocketPath('linux', `/home/${'x'.repeat(120)}`, temp, 1000);
    ensurePrivateSocketFolder(path, '/home/ana');
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    // Another local user made it first, open for all: refused, never used.
    const squatted = join(tempDir(), 'unknot-1000');
    mkdirSync(squatted);
    chmodSync(squatted, 0o777);
    expect(() => ensurePrivateSocketFolder(join(squatted, 'x.sock'), '/home/ana')).toThrow(
      /belongs to another user or is open to others/,
    );
  });

  it('a second instance sends --status and gets the printed status back', async () => {
    const app = await runningInstance();
    const path = getCliSocketPath(process.platform, tempDir());
    await listen(path, app);
    const status = await sendCliCommand(path, request(['--status']));
    expect(status).toMatchObject({
      ok: true,
      text: expect.stringContaining('Next break: posture, in 30 min'),
    });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const pause = await sendCliCommand(path, request(['--pause', 'tomorrow']));
    expect(pause).toEqual({ ok: true, text: 'Paused until tomorrow.' });
    expect(app.controller.getStatus().phase).toBe('paused');
  });

  it('runs a request once when it arrives twice (lock data and socket)', async () => {
    const app = await runningInstance();
    const path = join(tempDir(), 'cli.sock');
    const run = await listen(path, app);
    const breakNow = request(['--break-now']);
    // The copy in the lock's data arrives first (the socket timed out, or was not up yet).
    expect(run(breakNow)).toEqual({ ok: true, text: 'Starting a break.' });
    expect(await sendCliCommand(path, breakNow)).toEqual({ ok: true, text: 'Starting a break.' });
    expect(app.shell.calls.openBreakWindow).toHaveLength(1);
  });

  it('never runs the bytes after the first request line', async () => {
    const app = await runningInstance();
    const path = join(tempDir(), 'cli.sock');
    await listen(path, app);
    const line = (argv: string[]) => `${JSON.stringify({ v: 1, ...request(argv) })}\n`;
    const reply = await sendRaw(
      path,
      line(['--pause', '60']) + line(['--resume']) + 'x'.repeat(50),
    );
    expect(JSON.parse(reply)).toEqual({ ok: true, text: 'Paused for 1 h 00 min.' });
    expect(app.controller.getStatus().phase).toBe('paused');
  });

  it('drops a connection that sends no request', async () => {
    const app = await runningInstance();
    const path = join(tempDir(), 'cli.sock');
    await listen(path, app);
    const started = Date.now();
    expect(await sendRaw(path, '{"v":1')).toBe('');
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
  }, 15_000);

  it('replaces a socket file left by a crashed run', async () => {
    const app = await runningInstance();
    const path = join(tempDir(), 'cli.sock');
    writeFileSync(path, 'stale');
    await listen(path, app);
    expect(await sendCliCommand(path, request(['--resume']))).toEqual({
      ok: true,
      text: 'Resumed.',
    });
  });

  it('answers garbage with an error and runs nothing', async () => {
    const app = await runningInstance();
    const path = join(tempDir(), 'cli.sock');
    await listen(path, app);
    const reply = await sendRaw(path, '{"id":"request-x1","command":{"type":"rm -rf"}}\n');
    expect(JSON.parse(reply)).toEqual({ ok: false, error: 'Unknown command.' });
    expect(app.shell.calls.openBreakWindow).toHaveLength(0);
  });

  it('rejects when no instance is listening', async () => {
    await expect(
      sendCliCommand(join(tempDir(), 'none.sock'), request(['--status'])),
    ).rejects.toThrow();
  });
});
