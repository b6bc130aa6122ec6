import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  cliReplySchema,
  cliRequestSchema,
  type CliReply,
  type CliRequest,
} from '../../core/cli-args';

/**
 * The CLI's reply path. The single-instance lock decides which instance is first; the
 * first listens on a local socket (a named pipe on Windows) named after its user-data
 * folder, and a second instance sends its request there and prints the answer.
 * One JSON line each way.
 */

/** Unix socket paths must stay short (about 100 bytes); longer ones go to the temp folder. */
const MAX_SOCKET_PATH = 100;
/** A request larger than this is not ours. */
const MAX_REQUEST_BYTES = 4096;
/** A connection that sends no complete request in this long is dropped. */
const IDLE_TIMEOUT_MS = 5000;

const isPipe = (path: string): boolean => path.startsWith('\\\\');

export function getCliSocketPath(
  platform: NodeJS.Platform,
  userData: string,
  temp = tmpdir(),
  uid = process.getuid?.() ?? 0,
): string {
  const id = createHash('sha256').update(userData).digest('hex').slice(0, 16);
  if (platform === 'win32') return `\\\\.\\pipe\\unknot-${id}`;
  const beside = join(userData, 'cli.sock');
  // The temp folder is shared: the socket goes in a folder of our own there.
  return beside.length <= MAX_SOCKET_PATH ? beside : join(temp, `unknot-${uid}`, `${id}.sock`);
}

/**
 * Makes sure the socket's folder is this user's alone: the user-data folder, or a 0700
 * folder of ours in the temp folder. One another user made first (to answer `--status`
 * or see our commands) is refused, never used.
 */
export function ensurePrivateSocketFolder(path: string, userData: string): void {
  if (isPipe(path)) return;
  const folder = dirname(path);
  if (folder === userData) return;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = lstatSync(folder);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw new Error(
      `${folder} belongs to another user or is open to others; not using it for commands`,
    );
  }
}

/** Listens for CLI requests; `run` answers each. Resolves once listening. */
export async function listenForCli(
  path: string,
  run: (request: CliRequest) => CliReply | Promise<CliReply>,
): Promise<Server> {
  // We hold the single-instance lock, so a socket file left here is from a crashed run.
  if (!isPipe(path) && existsSync(path)) unlinkSync(path);
  const server = createServer((socket) => {
    let buffer = '';
    let answered = false;
    socket.setEncoding('utf8');
    socket.setTimeout(IDLE_TIMEOUT_MS, () => socket.destroy());
    const answer = (reply: CliReply): void => {
      socket.end(`${JSON.stringify(reply)}\n`);
    };
    socket.on('data', (chunk: string) => {
      // One request per connection: whatever follows the first line is never run.
      if (answered) return;
      buffer += chunk;
      if (buffer.length > MAX_REQUEST_BYTES) {
        answered = true;
        return answer({ ok: false, error: 'Request too large.' });
      }
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      answered = true;
      let parsed: unknown;
      try {
        parsed = JSON.parse(buffer.slice(0, newline));
      } catch {
        return answer({ ok: false, error: 'Not a JSON request.' });
      }
      const request = cliRequestSchema.safeParse(parsed);
      if (!request.success) return answer({ ok: false, error: 'Unknown command.' });
      Promise.resolve()
        .then(() => run(request.data))
        .then(answer, (error: unknown) => answer({ ok: false, error: String(error) }));
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      // Only this user may drive the app.
      if (!isPipe(path)) chmodSync(path, 0o600);
      resolve();
    });
  });
  return server;
}

/** Sends one request to the running instance and resolves with its reply. */
export function sendCliCommand(
  path: string,
  request: CliRequest,
  timeoutMs = 5000,
): Promise<CliReply> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let buffer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        Object.assign(new Error('The running Unknot did not answer in time.'), {
          code: 'ETIMEDOUT',
        }),
      );
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ v: 1, ...request })}\n`));
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
