import { readFileSync } from 'node:fs';

/** The binding a page calls for ipcRenderer.invoke, and the hook main's sends arrive on. */
export const INVOKE_BINDING = '__unknotStandInInvoke';
export const EMIT_HOOK = '__unknotStandInEmit';

/**
 * Runs in the page before its own scripts, as a sandboxed preload does: the preload file
 * in a CommonJS wrapper whose `require` knows only `electron` (contextBridge and
 * ipcRenderer look-alikes). Values cross the bridge by structured clone, functions as
 * proxies, so the page can never hold the preload's objects. Plain JavaScript: it is
 * evaluated in Chromium, not compiled.
 */
const HOST = String.raw`
(() => {
  const invokeBinding = window[INVOKE];
  const clone = (value) => (value === undefined ? undefined : structuredClone(value));
  const bridge = (value) => {
    if (typeof value === 'function') {
      return (...args) => {
        const out = value(...args.map((arg) => (typeof arg === 'function' ? arg : clone(arg))));
        if (out instanceof Promise) return out.then(clone);
        return typeof out === 'function' ? bridge(out) : clone(out);
      };
    }
    if (value && typeof value === 'object') {
      const copy = {};
      for (const key of Object.keys(value)) copy[key] = bridge(value[key]);
      return Object.freeze(copy);
    }
    return clone(value);
  };
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) =>
      invokeBinding(channel, ...args.map(clone)).catch((error) => {
        const message = error && error.message ? error.message : String(error);
        throw new Error("Error invoking remote method '" + channel + "': " + message);
      }),
    on(channel, listener) {
      const set = listeners.get(channel) || new Set();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  Object.defineProperty(window, EMIT, {
    value: (channel, payload) => {
      for (const listener of listeners.get(channel) || []) listener({ sender: ipcRenderer }, clone(payload));
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: bridge(api), enumerable: true });
    },
  };
  const electron = { contextBridge, ipcRenderer };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error("module not found: " + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
PRELOAD
  })(require, module, module.exports);
})();
`;

/** The init script for a window whose webPreferences name `preloadPath`. */
export function preloadScript(preloadPath: string | undefined): string {
  const preload = preloadPath ? readFileSync(preloadPath, 'utf8') : '';
  return HOST.replace('INVOKE', JSON.stringify(INVOKE_BINDING))
    .replace('EMIT', JSON.stringify(EMIT_HOOK))
    .replace('PRELOAD', () => preload);
}
