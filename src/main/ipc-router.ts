import { z } from 'zod/mini';
import type { WindowKind } from '../shared/domain';
import {
  invokeNames,
  ipcContract,
  type InvokeHandlers,
  type InvokeName,
  type ValidRequest,
} from '../shared/ipc';

/** A request main refused before any handler ran. Its message reaches the renderer. */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

export interface IpcRouter {
  readonly channels: readonly string[];
  /** Validates sender and payload, then runs the channel's handler. */
  handle(channel: string, payload: unknown, sender: WindowKind | null): Promise<unknown>;
}

function callHandler<N extends InvokeName>(
  handlers: InvokeHandlers,
  name: N,
  request: ValidRequest<N>,
  window: WindowKind,
): unknown {
  const handler = handlers[name] as (r: ValidRequest<N>, s: { window: WindowKind }) => unknown;
  return handler(request, { window });
}

/**
 * Electron-free dispatch shared by the real ipcMain adapter and the browser tests,
 * so both run exactly the same checks.
 */
export function createIpcRouter(handlers: InvokeHandlers): IpcRouter {
  const byChannel = new Map<string, InvokeName>(
    invokeNames.map((name) => [ipcContract.invoke[name].channel, name]),
  );
  return {
    channels: [...byChannel.keys()],
    async handle(channel, payload, sender) {
      const name = byChannel.get(channel);
      if (!name) throw new IpcRequestError(`Unknown channel "${channel}"`);
      if (sender === null) throw new IpcRequestError(`Dropped "${name}": unknown sender`);
      const entry = ipcContract.invoke[name];
      const allowed: readonly WindowKind[] = entry.windows;
      if (!allowed.includes(sender)) {
        throw new IpcRequestError(`Dropped "${name}": not allowed from the ${sender} window`);
      }
      const parsed = entry.request.safeParse(payload);
      if (!parsed.success) {
        throw new IpcRequestError(
          `Invalid request for "${name}": ${z.prettifyError(parsed.error)}`,
        );
      }
      return callHandler(handlers, name, parsed.data as ValidRequest<typeof name>, sender);
    },
  };
}
