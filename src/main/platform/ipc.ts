import { ipcMain } from 'electron';
import type { IpcRouter } from '../ipc-router';
import { identifySender } from './windows';

/** Registers every contract channel with ipcMain; the router validates and dispatches. */
export function setupIpc(router: IpcRouter): () => void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const sender = identifySender(event.sender, event.senderFrame?.url);
      if (sender === null) console.warn(`[ipc] dropped ${channel} from an unknown sender`);
      return router.handle(channel, payload, sender);
    });
  }
  return () => router.channels.forEach((channel) => ipcMain.removeHandler(channel));
}
