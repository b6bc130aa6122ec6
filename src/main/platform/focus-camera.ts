import { readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FocusState } from '../../shared/domain';
import type { FocusSource } from './focus-dbus';

/**
 * A camera in use by this user: some process of ours holds a /dev/video* open. Linux
 * has no signal for it, so it is read only at decision points (before a notice, when
 * a break falls due), never polled. `procRoot` is /proc, or a fixture in tests.
 */

const VIDEO_DEVICE = /^\/dev\/video\d+$/;

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    // Processes come and go while we look; one that vanished holds no camera.
    return fallback;
  }
}

/** True when a process owned by `uid` has a video device open. */
export function isCameraInUse(procRoot: string, uid: number): boolean {
  const pids = safe(() => readdirSync(procRoot), [] as string[]).filter((n) => /^\d+$/.test(n));
  return pids.some((pid) => {
    const dir = join(procRoot, pid);
    if (safe(() => statSync(dir).uid, -1) !== uid) return false;
    const fds = safe(() => readdirSync(join(dir, 'fd')), [] as string[]);
    return fds.some((fd) => VIDEO_DEVICE.test(safe(() => readlinkSync(join(dir, 'fd', fd)), '')));
  });
}

export function createCameraSource(
  procRoot = '/proc',
  uid = process.getuid?.() ?? -1,
): FocusSource {
  return {
    name: 'camera',
    read: () => {
      if (safe(() => statSync(procRoot).isDirectory(), false) === false)
        return Promise.resolve<FocusState | null>(null);
      return Promise.resolve<FocusState | null>(isCameraInUse(procRoot, uid) ? 'call' : 'none');
    },
  };
}
