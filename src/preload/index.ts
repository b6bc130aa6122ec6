import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createUnknotApi } from '../shared/ipc-names';

// The renderer gets named methods only; raw ipcRenderer never crosses the bridge.
const api = createUnknotApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe: (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
});

contextBridge.exposeInMainWorld('unknot', api);
