import type { FocusState } from '../../shared/domain';
import type { DbusSession } from './dbus-session';
import { createCameraSource } from './focus-camera';
import {
  createGnomeInhibitorSource,
  createKdeNotificationsSource,
  createPowerInhibitSource,
  type FocusSource,
} from './focus-dbus';
import { createGnomeDndSource } from './focus-gnome';
import { createMacCaptureSource } from './focus-macos';
import { macNative } from './focus-macos-native';
import { createWindowsCaptureSource, createWindowsNotificationSource } from './focus-windows';
import { windowsNative } from './focus-windows-native';
import { createX11FullscreenSource } from './focus-x11';
import { startFocusWatch, type FocusRead, type FocusWatch } from './focus-watch';

/**
 * Chooses the focus sources of this platform and starts watching them. On Linux: the
 * session's idle inhibitors, KDE's notification inhibition and GNOME's do-not-disturb
 * over the idle chain's one D-Bus connection; the camera and X11 fullscreen, read at
 * decision points. On Windows the shell's notification state and the camera and
 * microphone; on macOS the camera and microphone (both through koffi, loaded lazily).
 * Where none answers, the tray's "In a meeting" and `unknot --meeting` still work.
 */

export interface FocusSystem {
  /** Reads the signal-less sources again; called at each wake-up of the engine. */
  refresh(): Promise<void>;
  /** Reads only the sources without a working signal again. */
  refreshPolled(): Promise<void>;
  /** Names of the sources that answer; empty when none works on this desktop. */
  working(): string[];
  stop(): void;
}

export function getFocusSources(
  platform: NodeJS.Platform,
  dbus: DbusSession | null,
): FocusSource[] {
  if (platform === 'win32') {
    return [
      createWindowsNotificationSource(windowsNative),
      createWindowsCaptureSource(windowsNative),
    ];
  }
  if (platform === 'darwin') return [createMacCaptureSource(macNative)];
  if (platform !== 'linux') return [];
  const onBus = dbus
    ? [
        createGnomeInhibitorSource(dbus),
        createPowerInhibitSource(dbus),
        createKdeNotificationsSource(dbus),
        createGnomeDndSource(dbus),
      ]
    : [];
  return [...onBus, createCameraSource(), createX11FullscreenSource()];
}

export function setupFocus(
  platform: NodeJS.Platform,
  dbus: DbusSession | null,
  onFocus: (state: FocusState) => void,
  afterRead?: (read: FocusRead) => void,
): FocusSystem {
  let watch: FocusWatch | null = null;
  let stopped = false;
  const started = startFocusWatch(
    getFocusSources(platform, dbus),
    onFocus,
    (line) => console.warn(line),
    afterRead,
  ).then(
    (ready) => {
      if (stopped) ready.stop();
      else watch = ready;
    },
    (error: unknown) => console.warn(`[focus] no focus sources: ${String(error)}`),
  );
  return {
    refresh: async () => {
      await started;
      await watch?.refresh().catch(() => undefined);
    },
    refreshPolled: async () => {
      await started;
      await watch?.refreshPolled().catch(() => undefined);
    },
    working: () => watch?.working() ?? [],
    stop: () => {
      stopped = true;
      watch?.stop();
    },
  };
}
