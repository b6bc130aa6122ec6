import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/**
 * An X server of the test's own (Xvfb, no window manager), so setting the root's
 * `_NET_ACTIVE_WINDOW` never touches the desktop the tests run on. `-noreset` keeps
 * root properties when the last client leaves.
 */
export interface PrivateXServer {
  display: string;
  /** Opens a real window (xev's), resolves its id once it is mapped. */
  openWindow(name: string): Promise<string>;
  /** Sets a property with xprop, as a window manager would. */
  setProperty(
    target: { root: true } | { id: string },
    format: string,
    name: string,
    value: string,
  ): void;
  stop(): void;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline >= 0) resolve(text.slice(0, newline).trim());
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${String(code)})`)));
  });
}

export async function startPrivateXServer(): Promise<PrivateXServer> {
  const server = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const children: ChildProcess[] = [server];
  const stop = (): void => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
  };
  let display: string;
  try {
    display = `:${await firstLine(server)}`;
  } catch (error) {
    stop();
    throw error;
  }
  const env = { ...process.env, DISPLAY: display };
  const x = (command: string, args: string[]): string =>
    execFileSync(command, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    display,
    async openWindow(name) {
      children.push(spawn('xev', ['-name', name], { env, stdio: 'ignore' }));
      for (let i = 0; i < 100; i += 1) {
        try {
          const id = /Window id: (0x[0-9a-f]+)/.exec(x('xwininfo', ['-name', name]))?.[1];
          if (id) return id;
        } catch {
          // Not mapped yet.
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`window ${name} never appeared`);
    },
    setProperty(target, format, name, value) {
      const where = 'root' in target ? ['-root'] : ['-id', target.id];
      x('xprop', [...where, '-f', name, format, '-set', name, value]);
    },
    stop,
  };
}
