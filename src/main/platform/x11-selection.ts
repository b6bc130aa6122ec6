import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Just enough of the X11 wire protocol to ask who owns a selection (ICCCM: a compositing
 * manager owns `_NET_WM_CM_S<screen>`). Electron offers no such question, and a native
 * module for one request would be heavier than these few bytes.
 */

export interface XDisplay {
  /** Unix socket path or TCP host:port. */
  path?: string;
  host?: string;
  port?: number;
  number: string;
  screen: number;
}

/** `:1`, `:1.0`, `unix:1`, `localhost:10.0`; null when DISPLAY is not one of those. */
export function parseDisplay(display: string | undefined): XDisplay | null {
  const match = /^([\w.-]*):(\d+)(?:\.(\d+))?$/.exec(display ?? '');
  if (!match) return null;
  const [, host = '', number = '0', screen = '0'] = match;
  const local = host === '' || host === 'unix';
  return local
    ? { path: `/tmp/.X11-unix/X${number}`, number, screen: Number(screen) }
    : { host, port: 6000 + Number(number), number, screen: Number(screen) };
}

/** The MIT-MAGIC-COOKIE-1 for display `number` from an Xauthority file, if any. */
export function findCookie(file: Buffer, number: string): Buffer | null {
  let at = 0;
  const field = (): Buffer => {
    const length = file.readUInt16BE(at);
    if (at + 2 + length > file.length) throw new RangeError('truncated Xauthority entry');
    const value = file.subarray(at + 2, at + 2 + length);
    at += 2 + length;
    return value;
  };
  try {
    while (at < file.length) {
      at += 2; // family
      field(); // address
      const entryNumber = field().toString();
      const name = field().toString();
      const data = field();
      if (name === 'MIT-MAGIC-COOKIE-1' && (entryNumber === number || entryNumber === '')) {
        return data;
      }
    }
  } catch {
    // A truncated file: what was read so far had no cookie for us.
  }
  return null;
}

const pad = (length: number): number => (4 - (length % 4)) % 4;

function setupRequest(cookie: Buffer | null): Buffer {
  const name = cookie ? Buffer.from('MIT-MAGIC-COOKIE-1') : Buffer.alloc(0);
  const data = cookie ?? Buffer.alloc(0);
  const head = Buffer.alloc(12);
  head.write('l', 0); // little-endian
  head.writeUInt16LE(11, 2);
  head.writeUInt16LE(0, 4);
  head.writeUInt16LE(name.length, 6);
  head.writeUInt16LE(data.length, 8);
  return Buffer.concat([
    head,
    name,
    Buffer.alloc(pad(name.length)),
    data,
    Buffer.alloc(pad(data.length)),
  ]);
}

function internAtomRequest(atomName: string, create: boolean): Buffer {
  const name = Buffer.from(atomName, 'latin1');
  const head = Buffer.alloc(8);
  head.writeUInt8(16, 0); // InternAtom
  // only-if-exists, unless asked to create: asking must not leave atoms behind.
  head.writeUInt8(create ? 0 : 1, 1);
  head.writeUInt16LE(2 + (name.length + pad(name.length)) / 4, 2);
  head.writeUInt16LE(name.length, 4);
  return Buffer.concat([head, name, Buffer.alloc(pad(name.length))]);
}

function selectionRequest(opcode: 22 | 23, atom: number, owner = 0): Buffer {
  const request = Buffer.alloc(opcode === 22 ? 16 : 8);
  request.writeUInt8(opcode, 0);
  request.writeUInt16LE(request.length / 4, 2);
  if (opcode === 23) request.writeUInt32LE(atom, 4);
  else {
    request.writeUInt32LE(owner, 4);
    request.writeUInt32LE(atom, 8);
  }
  return request;
}

/** One connection's conversation: send bytes, read exactly `length` back. */
class XConnection {
  private buffered = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  private failure: Error | null = null;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.waiting?.();
    });
    const fail = (error: Error) => {
      this.failure = error;
      this.waiting?.();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the X server closed the connection')));
  }

  async read(length: number): Promise<Buffer> {
    while (this.buffered.length < length) {
      if (this.failure) throw this.failure;
      await new Promise<void>((done) => (this.waiting = done));
      this.waiting = null;
    }
    const out = this.buffered.subarray(0, length);
    this.buffered = this.buffered.subarray(length);
    return out;
  }

  /** Sends a request and reads its 32-byte reply (or error). */
  async ask(request: Buffer): Promise<Buffer> {
    this.socket.write(request);
    const reply = await this.read(32);
    if (reply.readUInt8(0) === 0) throw new Error(`X error ${reply.readUInt8(1)}`);
    await this.read(reply.readUInt32LE(4) * 4);
    return reply;
  }
}

export interface XSession {
  root: number;
  screen: number;
  /** The atom for `name`, or 0 when no client ever created it (unless `create`). */
  atom(name: string, options?: { create?: boolean }): Promise<number>;
  selectionOwner(atom: number): Promise<number>;
  /** Takes the selection for `owner` (tests: play a compositing manager). */
  takeSelection(atom: number, owner: number): void;
  close(): void;
}

/** Opens a connection to the X server of `display`; rejects when it cannot. */
export async function openXSession(
  display: XDisplay,
  xauthority = process.env.XAUTHORITY ?? join(homedir(), '.Xauthority'),
): Promise<XSession> {
  let cookie: Buffer | null = null;
  try {
    cookie = findCookie(readFileSync(xauthority), display.number);
  } catch {
    // No Xauthority file: servers without access control still answer.
  }
  const socket = display.path
    ? connect(display.path)
    : connect(display.port ?? 6000, display.host ?? 'localhost');
  const x = new XConnection(socket);
  socket.write(setupRequest(cookie));
  const head = await x.read(8);
  const rest = await x.read(head.readUInt16LE(6) * 4);
  if (head.readUInt8(0) !== 1) {
    socket.destroy();
    throw new Error(
      `the X server refused the connection: ${rest.toString('latin1', 0, head.readUInt8(1))}`,
    );
  }
  // The setup reply: vendor string and pixmap formats, then the screens, root first.
  const vendorLength = rest.readUInt16LE(16);
  let at = 32 + vendorLength + pad(vendorLength) + rest.readUInt8(21) * 8;
  const screens = rest.readUInt8(20);
  const screen = Math.min(display.screen, screens - 1);
  for (let index = 0; index < screen; index += 1) {
    // Each screen: 40 bytes, then its depths (each 8 bytes plus 24 per visual).
    let depthAt = at + 40;
    for (let depth = 0; depth < rest.readUInt8(at + 39); depth += 1) {
      depthAt += 8 + rest.readUInt16LE(depthAt + 2) * 24;
    }
    at = depthAt;
  }
  return {
    root: rest.readUInt32LE(at),
    screen,
    atom: async (name, options) =>
      (await x.ask(internAtomRequest(name, options?.create ?? false))).readUInt32LE(8),
    selectionOwner: async (atom) => (await x.ask(selectionRequest(23, atom))).readUInt32LE(8),
    takeSelection: (atom, owner) => socket.write(selectionRequest(22, atom, owner)),
    close: () => socket.destroy(),
  };
}
