import { powerMonitor } from 'electron';

/** Seconds since the last keyboard or mouse input, as the OS reports it. */
export function readSystemIdleSeconds(): number {
  return powerMonitor.getSystemIdleTime();
}
