import { z } from 'zod/mini';
import type { WindowKind } from './domain';
import { eventChannels, invokeChannels } from './ipc-names';

/**
 * The global-shortcut channels of the IPC contract (spread into ./ipc): which of the
 * person's shortcuts the OS refused, so the recorder in Settings can say so.
 */

const returns = <T>(): T => undefined as T;

/** The settings fields that hold a global shortcut. */
export type ShortcutSetting = 'breakNow' | 'pauseHour';

export interface ShortcutRefusal {
  setting: ShortcutSetting;
  /** The accelerator as saved, e.g. "CommandOrControl+Alt+B". */
  accelerator: string;
  /** 'taken': another app or the system holds it; 'invalid': the OS does not know it. */
  reason: 'taken' | 'invalid';
}

export const shortcutInvokes = {
  /** The shortcuts the OS refused at the last registration; empty when all are in place. */
  getShortcutRefusals: {
    channel: invokeChannels.getShortcutRefusals,
    windows: ['settings'] as readonly WindowKind[],
    request: z.void(),
    response: returns<ShortcutRefusal[]>(),
  },
};

export const shortcutEvents = {
  /** The refusals after every registration (settings changed). */
  shortcutRefusals: {
    channel: eventChannels.shortcutRefusals,
    payload: returns<ShortcutRefusal[]>(),
  },
};
