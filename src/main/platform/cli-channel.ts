import { createHash } from 'node:crypto';
import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cliCommandSchema,
  cliReplySchema,
  type CliCommand,
  type CliReply,
} from '../../core/cli-args';

/**
 * The CLI's reply path. The single-instance lock decides which instance is first; the
 * first listens on a local socket (a named pipe on Windows) named after its user-data
 * folder, and a second instance sends its command there and prints the answer.
 * One JSON line each way.
 */

/** Unix socket paths must stay short (about 100 bytes); longer ones go to the temp folder. */
const MAX_SOCKET_PATH = 100;
/** A request larger than this is not ours. */
const MAX_REQUEST_BYTES = 4096;

export function getCliSocketPath(
  platform: NodeJS.Platform,
  userData: string,
  temp = tmpdir(),
): string {
  const id = createHash('sha256').update(userData).digest('hex').slice(0, 16);
  if (platform === 'win32') return `\\\\.\\pipe\\unknot-${id}`;
  const beside = join(userData, 'cli.sock');
  return beside.length <= MAX_SOCKET_PATH ? beside : join(temp, `unknot-${id}.sock`);
}

/** Listens for CLI commands; `run` answers each. Resolves once listening. */
export async function listenForCli(
  path: string,
  run: (command: CliCommand) => CliReply | Promise<CliReply>,
): Promise<Server> {
  // We hold the single-instance lock, so a socket file left here is from a crashed run.
  if (!path.startsWith('\\\\') && existsSync(path)) unlinkSync(path);
  const server = createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    const answer = (reply: CliReply): void => {
      socket.end(`${JSON.stringify(reply)}\n`);
    };
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > MAX_REQUEST_BYTES)
        return answer({ ok: false, error: 'Request too large.' });
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(buffer.slice(0, newline));
      } catch {
        return answer({ ok: false, error: 'Not a JSON request.' });
      }
      const command = cliCommandSchema.safeParse((parsed as { command?: unknown } | null)?.command);
      if (!command.success) return answer({ ok: false, error: 'Unknown command.' });
      Promise.resolve()
        .then(() => run(command.data))
        .then(answer, (error: unknown) => answer({ ok: false, error: String(error) }));
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      // Only this user may drive the app (the temp-folder fallback is shared).
      if (!path.startsWith('\\\\')) chmodSync(path, 0o600);
      resolve();
    });
  });
  return server;
}

/** Sends one command to the running instance and resolves with its reply. */
export function sendCliCommand(
  path: string,
  command: CliCommand,
  timeoutMs = 5000,
): Promise<CliReply> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let buffer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('The running Unknot did not answer in time.'));
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ v: 1, command })}\n`));
    socket.on('data', (chunk: string) => (buffer += chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(cliReplySchema.parse(JSON.parse(buffer.trim())));
      } catch {
        reject(new Error('The running Unknot sent an answer this version cannot read.'));
      }
    });
  });
}
