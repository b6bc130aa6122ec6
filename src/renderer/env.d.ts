import type { UnknotApi } from '../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the preload; typed from the IPC contract. */
    readonly unknot: UnknotApi;
  }
}
