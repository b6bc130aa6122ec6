import {
  createUnknotApi,
  invokeNames,
  ipcContract,
  type EventName,
  type EventPayload,
  type InvokeHandlers,
  type UnknotApi,
} from '../../src/shared/ipc';

type Listener = (payload: unknown) => void;

/**
 * A typed fake of `window.unknot` for component tests: the real facade over an
 * in-memory transport whose handlers the test supplies. A call to a handler the test
 * did not supply rejects, so a view that asks for more than expected fails loudly.
 */
export function createFakeApi(given: Partial<InvokeHandlers>) {
  // Every window asks which language to speak; unless a test says otherwise, English.
  const handlers: Partial<InvokeHandlers> = {
    getLanguage: () => ({ locale: 'en', formatLocale: 'en', direction: 'ltr' }),
    ...given,
  };
  const calls: { name: string; request: unknown }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const api: UnknotApi = createUnknotApi({
    async invoke(channel, payload) {
      const name = invokeNames.find((n) => ipcContract.invoke[n].channel === channel);
      const handler = name
        ? (handlers[name] as ((r: unknown, s: unknown) => unknown) | undefined)
        : undefined;
      if (!name || !handler) throw new Error(`fake api: no handler for ${channel}`);
      if (name !== 'getLanguage') calls.push({ name, request: payload });
      return handler(payload, { window: 'break' });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
  return {
    api,
    calls,
    /** Pushes an event as main would. */
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      listeners.get(ipcContract.events[event].channel)?.forEach((listener) => listener(payload));
    },
  };
}
