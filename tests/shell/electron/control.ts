import { app, preventable } from './app';
import { BrowserWindow } from './browser-window';
import { recordedCalls } from './recorder';
import { openDialogAnswers, powerMonitor, screen, shortcuts } from './system';
import { Tray } from './tray';

/**
 * How the test process drives the app: Node's IPC channel of the spawned process (only
 * present when a test started it). One request, one reply, matched by id. What the
 * pages show, the test reads from Chromium itself.
 */
export type ControlRequest =
  | { op: 'tray' }
  | { op: 'clickTray'; labels: string[] }
  | { op: 'windows' }
  | { op: 'closeWindow'; urlIncludes: string }
  | { op: 'power'; event: 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume' }
  | { op: 'setIdle'; seconds: number }
  | { op: 'setCursor'; x: number; y: number }
  | { op: 'pressShortcut'; accelerator: string }
  | { op: 'calls' }
  /** The next open dialog chooses these paths instead of being cancelled. */
  | { op: 'answerOpenDialog'; filePaths: string[] }
  /** macOS: launched again from Finder or Spotlight while running. */
  | { op: 'activate' }
  | { op: 'quit' };

type Envelope = { id: number; request: ControlRequest };
export type ControlReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

function run(request: ControlRequest): unknown {
  switch (request.op) {
    case 'tray':
      return Tray.all().map((tray) => tray.describe());
    case 'clickTray': {
      const item = Tray.all()[0]?.menu?.findByLabels(request.labels);
      if (!item) throw new Error(`no tray menu item ${request.labels.join(' › ')}`);
      if (!item.enabled)
        throw new Error(`tray menu item ${request.labels.join(' › ')} is disabled`);
      item.click();
      return true;
    }
    case 'windows':
      return BrowserWindow.getAllWindows().map((window) => window.describe());
    case 'closeWindow': {
      const window = BrowserWindow.getAllWindows().find((w) => w.url.includes(request.urlIncludes));
      window?.close();
      return window !== undefined;
    }
    case 'power':
      powerMonitor.emit(request.event);
      return true;
    case 'setIdle':
      powerMonitor.idleSeconds = request.seconds;
      return true;
    case 'setCursor':
      screen.cursor = { x: request.x, y: request.y };
      return true;
    case 'pressShortcut': {
      const callback = shortcuts.get(request.accelerator);
      callback?.();
      return callback !== undefined;
    }
    case 'calls':
      return recordedCalls();
    case 'answerOpenDialog':
      openDialogAnswers.push(request.filePaths);
      return true;
    case 'activate':
      app.emit('activate', preventable(), false);
      return true;
    case 'quit':
      app.quit();
      return true;
  }
}

export function listenForControl(): void {
  if (!process.send) return;
  process.on('message', (message: Envelope) => {
    let reply: ControlReply;
    try {
      reply = { id: message.id, ok: true, value: run(message.request) };
    } catch (error) {
      reply = {
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    process.send?.(reply);
  });
  // The channel must not keep a quitting app alive.
  app.beforeExit(async () => process.disconnect?.());
}
