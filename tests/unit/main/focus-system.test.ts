import { describe, expect, it } from 'vitest';
import type { DbusSession } from '../../../src/main/platform/dbus-session';
import { getFocusSources } from '../../../src/main/platform/focus-system';
import { isFocusSourceName } from '../../../src/shared/ipc-focus';

/** Issue 15 §1: each OS gets its focus sources, each named as the IPC contract knows it. */

// Building the sources only keeps the session; nothing is called until they are read.
const session = {} as DbusSession;
const names = (platform: NodeJS.Platform, dbus: DbusSession | null) =>
  getFocusSources(platform, dbus).map((source) => source.name);

describe('getFocusSources', () => {
  it('Linux: the D-Bus sources on the shared bus, then the camera and X11 fullscreen', () => {
    expect(names('linux', session)).toEqual([
      'gnome-inhibitor',
      'power-inhibit',
      'kde-notifications',
      'gnome-dnd',
      'camera',
      'x11-fullscreen',
    ]);
    expect(names('linux', null)).toEqual(['camera', 'x11-fullscreen']);
  });

  it('Windows and macOS: their koffi-backed sources; elsewhere none', () => {
    expect(names('win32', null)).toEqual([
      'windows-notification-state',
      'windows-camera-microphone',
    ]);
    expect(names('darwin', null)).toEqual(['macos-camera-microphone']);
    expect(names('freebsd', session)).toEqual([]);
  });

  it('every name is one Settings has words for', () => {
    const all = (['linux', 'win32', 'darwin'] as const).flatMap((p) => names(p, session));
    expect(all.filter((name) => !isFocusSourceName(name))).toEqual([]);
  });
});
