import { z } from 'zod/mini';
import type { WindowKind } from './domain';
import { invokeChannels } from './ipc-names';

/**
 * The focus channel of the IPC contract (spread into `ipcContract.invoke` in ./ipc):
 * which focus sources (calls, presentations, do-not-disturb, fullscreen) answer on
 * this computer, so Settings can say so, or say that none does.
 */

const returns = <T>(): T => undefined as T;

/** Every focus source main may run, by the name its adapter gives itself. */
export const FOCUS_SOURCE_NAMES = [
  'gnome-inhibitor',
  'power-inhibit',
  'kde-notifications',
  'gnome-dnd',
  'camera',
  'x11-fullscreen',
  'windows-notification-state',
  'windows-camera-microphone',
  'macos-camera-microphone',
] as const;

export type FocusSourceName = (typeof FOCUS_SOURCE_NAMES)[number];

export function isFocusSourceName(name: string): name is FocusSourceName {
  return (FOCUS_SOURCE_NAMES as readonly string[]).includes(name);
}

export interface FocusSourcesView {
  /** The sources that answered at their last read; empty when none works here. */
  working: FocusSourceName[];
}

export const focusInvokes = {
  getFocusSources: {
    channel: invokeChannels.getFocusSources,
    windows: ['settings'] as readonly WindowKind[],
    request: z.void(),
    response: returns<FocusSourcesView>(),
  },
} as const;
