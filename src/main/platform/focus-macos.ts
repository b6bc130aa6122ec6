import type { FocusState } from '../../shared/domain';
import type { FocusSource } from './focus-dbus';

/**
 * macOS: a camera or microphone in use by any app means a call. CoreMediaIO and
 * CoreAudio say so per device (`…DeviceIsRunningSomewhere`); listening for their
 * property changes needs a run-loop callback, so they are read at decision points.
 * The native reads are passed in; the translation is tested on any OS.
 */

/** What the native side found: one flag per device, or null when it could not ask. */
export interface CaptureDevices {
  cameras: readonly boolean[] | null;
  /** Only devices with input streams: an output device running is music, not a call. */
  microphones: readonly boolean[] | null;
}

export function captureDevicesToFocus(devices: CaptureDevices): FocusState | null {
  const { cameras, microphones } = devices;
  if (cameras === null && microphones === null) return null;
  const running = [...(cameras ?? []), ...(microphones ?? [])];
  return running.some(Boolean) ? 'call' : 'none';
}

/** A four-character code as CoreAudio and CoreMediaIO spell selectors: 'gone' → 0x676f6e65. */
export function fourCharCode(code: string): number {
  if (code.length !== 4) throw new Error(`not a four-character code: ${code}`);
  return [...code].reduce((value, char) => value * 256 + char.charCodeAt(0), 0);
}

export interface MacNative {
  readCaptureDevices(): Promise<CaptureDevices>;
}

export function createMacCaptureSource(native: MacNative): FocusSource {
  return {
    name: 'macos-camera-microphone',
    read: async () => {
      try {
        return captureDevicesToFocus(await native.readCaptureDevices());
      } catch {
        return null;
      }
    },
  };
}
