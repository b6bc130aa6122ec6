import { powerMonitor } from 'electron';

export type PowerEvent = 'lock' | 'unlock' | 'suspend' | 'resume';

const ELECTRON_EVENTS = {
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
  suspend: 'suspend',
  resume: 'resume',
} as const;

/** Forwards lock, unlock, suspend and resume to `listener`; returns the unsubscribe. */
export function watchPower(listener: (event: PowerEvent) => void): () => void {
  const entries = Object.entries(ELECTRON_EVENTS) as [keyof typeof ELECTRON_EVENTS, PowerEvent][];
  const handlers = entries.map(([electronEvent, ours]) => {
    const handler = (): void => listener(ours);
    // powerMonitor's overloads are per event name; all four take no arguments.
    powerMonitor.on(electronEvent as 'suspend', handler);
    return () => powerMonitor.off(electronEvent as 'suspend', handler);
  });
  return () => handlers.forEach((off) => off());
}
