import type { FocusState } from '../../shared/domain';
import type { FocusSource } from './focus-dbus';

/**
 * Windows focus sources, read at decision points (Windows sends no signal for either):
 * the shell's notification state (`SHQueryUserNotificationState`: busy, fullscreen
 * Direct3D, presentation mode, quiet time) and a camera or microphone in use, from the
 * capability-access consent store. The native reads are passed in; what they answer is
 * translated here, so the translation is tested on any OS.
 */

/** QUERY_USER_NOTIFICATION_STATE, shellapi.h. */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

/** The shell's notification state as a focus; null for a code Windows may add later. */
export function notificationStateToFocus(code: number | null): FocusState | null {
  switch (code) {
    // A fullscreen app (BUSY), a fullscreen game or video (D3D), a Store app fullscreen.
    case QUNS.BUSY:
    case QUNS.RUNNING_D3D_FULL_SCREEN:
    case QUNS.APP:
      return 'fullscreen';
    case QUNS.PRESENTATION_MODE:
      return 'presenting';
    // Focus assist / quiet hours: do-not-disturb.
    case QUNS.QUIET_TIME:
      return 'dnd';
    // Locked or screen saver: the lock itself is the power watcher's concern.
    case QUNS.NOT_PRESENT:
    case QUNS.ACCEPTS_NOTIFICATIONS:
      return 'none';
    default:
      return null;
  }
}

/** One app's row under a ConsentStore device key: when it last started and stopped using it. */
export interface ConsentRow {
  app: string;
  lastUsedTimeStart: bigint | null;
  lastUsedTimeStop: bigint | null;
}

/**
 * `reg query <ConsentStore\device> /s` printed as rows. Each key line names an app
 * (a packaged app, or `NonPackaged\C:#path#to#app.exe`), its values follow indented.
 */
export function parseConsentStore(stdout: string): ConsentRow[] {
  const rows: ConsentRow[] = [];
  let current: ConsentRow | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      current = { app: line.trim(), lastUsedTimeStart: null, lastUsedTimeStop: null };
      rows.push(current);
      continue;
    }
    const value = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)\s*$/i.exec(
      line,
    );
    if (!current || !value?.[1] || !value[2]) continue;
    const time = BigInt(value[2]);
    if (value[1] === 'LastUsedTimeStart') current.lastUsedTimeStart = time;
    else current.lastUsedTimeStop = time;
  }
  return rows;
}

/** Some app started using the device and has not stopped: LastUsedTimeStop is 0. */
export function isDeviceInUse(rows: readonly ConsentRow[]): boolean {
  return rows.some(
    (row) =>
      row.lastUsedTimeStop === 0n && row.lastUsedTimeStart !== null && row.lastUsedTimeStart > 0n,
  );
}

export interface WindowsNative {
  /** SHQueryUserNotificationState's answer; null when it failed or could not load. */
  queryNotificationState(): Promise<number | null>;
  /** `reg query` of one ConsentStore device key; null when it could not be read. */
  readConsentStore(device: 'webcam' | 'microphone'): Promise<string | null>;
}

export function createWindowsNotificationSource(native: WindowsNative): FocusSource {
  return {
    name: 'windows-notification-state',
    read: async () => notificationStateToFocus(await native.queryNotificationState()),
  };
}

export function createWindowsCaptureSource(native: WindowsNative): FocusSource {
  return {
    name: 'windows-camera-microphone',
    read: async () => {
      const stores = await Promise.all([
        native.readConsentStore('webcam'),
        native.readConsentStore('microphone'),
      ]);
      const read = stores.filter((store): store is string => store !== null);
      if (read.length === 0) return null;
      return read.some((store) => isDeviceInUse(parseConsentStore(store))) ? 'call' : 'none';
    },
  };
}
