/**
 * Runs in the page, in place of the preload: the real `createUnknotApi` facade over a
 * Playwright binding that reaches the real main-side router in the test process.
 */
import { createUnknotApi } from '../../../src/shared/ipc';

type Listener = (payload: unknown) => void;

interface BridgeWindow {
  __unknotInvoke(channel: string, payload: unknown): Promise<unknown>;
  __unknotEmit?: (channel: string, payload: unknown) => void;
}

const bridge = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

const api = createUnknotApi({
  invoke: (channel, payload) => bridge.__unknotInvoke(channel, payload),
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
});

Object.defineProperty(window, 'unknot', { value: api, writable: false });
bridge.__unknotEmit = (channel, payload) =>
  listeners.get(channel)?.forEach((listener) => listener(payload));
