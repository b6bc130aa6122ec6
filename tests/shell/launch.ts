import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { ControlReply, ControlRequest } from './electron/control';

/**
 * The test side of the stand-in: one Chromium per test file (its pages are the app's
 * windows) and the real main bundle in a real Node process per launch, driven over
 * that process's IPC channel.
 */
export const REGISTER = resolve('tests/shell/register.mjs');
export const MAIN = resolve('out/main/index.js');

export interface WindowBrowser {
  context: BrowserContext;
  /** The CDP address the app connects to (UNKNOT_STANDIN_CDP). */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Chromium with a CDP port, as the browser layer launches it. No file:// extras: the app
 * serves its pages over its own scheme (the stand-in's protocol.ts), as a packaged build
 * with the grantFileProtocolExtraPrivileges fuse off must.
 */
export async function launchWindowBrowser(executablePath: string): Promise<WindowBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'unknot-windows-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
    ],
  });
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i += 1) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  return {
    context,
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface StandInProcess {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  control<T = unknown>(request: ControlRequest): Promise<T>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Quits as the tray's Quit does; kills the process (by its pid) if it hangs. */
  quit(): Promise<void>;
}

/** Starts `node --import register.mjs out/main/index.js ...args`. */
export function startStandIn(options: {
  args?: string[];
  env: Record<string, string>;
  withControl?: boolean;
}): StandInProcess {
  const child = spawn(process.execPath, ['--import', REGISTER, MAIN, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.withControl === false ? [] : ['ipc' as const])],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let nextId = 1;
  const waiting = new Map<number, (reply: ControlReply) => void>();
  child.on('message', (reply: ControlReply) => waiting.get(reply.id)?.(reply));
  const control = <T>(request: ControlRequest): Promise<T> =>
    new Promise<T>((done, fail) => {
      const id = nextId++;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if (reply.ok) done(reply.value as T);
        else fail(new Error(reply.error));
      });
      if (!child.connected) fail(new Error(`the app is not running\n${stderr}`));
      else child.send({ id, request });
    });
  return {
    child,
    output: () => ({ stdout, stderr }),
    control,
    exited,
    async quit() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await control({ op: 'quit' }).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
