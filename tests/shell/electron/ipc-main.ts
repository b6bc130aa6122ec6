import { EventEmitter } from 'node:events';
import type { LikeElectron } from './typing';

type Handler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** The invoke event main's handlers see: who sent it and from which page. */
export interface InvokeEvent {
  sender: unknown;
  senderFrame: { url: string };
  processId: number;
  frameId: number;
}

/** ipcMain: handlers registered by main, reached from pages through the real preload. */
export class StandInIpcMain
  extends EventEmitter
  implements LikeElectron<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  private readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) {
      // Electron throws here too: one handler per channel.
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  handleOnce(channel: string, listener: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What ipcRenderer.invoke reaches; a missing handler rejects as in Electron. */
  async invoke(event: InvokeEvent, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event as unknown as Electron.IpcMainInvokeEvent, ...args);
  }
}

export const ipcMain = new StandInIpcMain();
