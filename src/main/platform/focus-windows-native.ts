import { execFile } from 'node:child_process';
import type { WindowsNative } from './focus-windows';

/**
 * The native side of the Windows focus sources. shell32 is reached through koffi
 * (prebuilt, unpacked from the asar), loaded on first use and only on Windows; any
 * load or call failure answers null, "source unavailable", never a crash. The consent
 * store is read with `reg query`, which every Windows has: no pointers to get wrong.
 */

type QueryState = (out: [number]) => number;

let query: Promise<QueryState | null> | null = null;

async function loadQuery(): Promise<QueryState | null> {
  try {
    const koffi = (await import('koffi')).default;
    const shell32 = koffi.load('shell32.dll');
    const fn = shell32.func(
      'long __stdcall SHQueryUserNotificationState(_Out_ int *pquns)',
    ) as unknown as QueryState;
    return fn;
  } catch (error) {
    console.warn(`[focus] SHQueryUserNotificationState unavailable: ${String(error)}`);
    return null;
  }
}

export async function queryNotificationState(): Promise<number | null> {
  query ??= loadQuery();
  const fn = await query;
  if (!fn) return null;
  try {
    const out: [number] = [0];
    // An HRESULT: negative is a failure.
    return fn(out) >= 0 ? out[0] : null;
  } catch {
    return null;
  }
}

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

export function readConsentStore(device: 'webcam' | 'microphone'): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'reg',
      ['query', `${CONSENT_STORE}\\${device}`, '/s'],
      { timeout: 2000, windowsHide: true, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

export const windowsNative: WindowsNative = { queryNotificationState, readConsentStore };
