import type { AppStatus } from '../shared/domain';
import type { EngineInput } from './engine-types';
import { message, type Message } from '../shared/i18n/message';
import type { TrayMenuItem } from './tray-menu';

/**
 * The tray's focus items: "In a meeting" (30 min, 1 h, until turned off), "At my desk,
 * not typing" and "I'm standing". They work whether or not any focus source does.
 */

export type FocusTrayAction =
  | 'meeting30'
  | 'meeting60'
  | 'meetingOn'
  | 'meetingOff'
  | 'atDeskOn'
  | 'atDeskOff'
  | 'standing'
  | 'sitting';

export const AT_DESK_LABEL = message('tray.atDesk');
export const STANDING_LABEL = message('tray.standing');

const MEETING_ITEMS: { action: FocusTrayAction; label: Message }[] = [
  { action: 'meeting30', label: message('tray.pause30') },
  { action: 'meeting60', label: message('tray.pause60') },
  { action: 'meetingOn', label: message('tray.meetingOn') },
];

export function buildFocusItems(status: AppStatus): TrayMenuItem[] {
  const paused = status.phase === 'paused' || status.phase === 'offHours';
  const meeting: TrayMenuItem = status.meeting
    ? { type: 'action', action: 'meetingOff', label: message('tray.meetingOff'), enabled: true }
    : {
        type: 'submenu',
        label: message('tray.meeting'),
        enabled: true,
        items: MEETING_ITEMS.map((item) => ({ type: 'action', ...item, enabled: true })),
      };
  const atDesk = status.atDesk === true;
  const standing = status.stance === 'standing';
  return [
    meeting,
    {
      type: 'action',
      action: atDesk ? 'atDeskOff' : 'atDeskOn',
      label: AT_DESK_LABEL,
      // Nothing to count while paused or outside working hours.
      enabled: atDesk || !paused,
      checked: atDesk,
    },
    {
      type: 'action',
      action: standing ? 'sitting' : 'standing',
      label: STANDING_LABEL,
      enabled: standing || !paused,
      checked: standing,
    },
  ];
}

/** The engine input of a focus item; null for anything else. */
export function getFocusActionInput(action: string): EngineInput | null {
  switch (action) {
    case 'meeting30':
      return { type: 'meeting', minutes: 30 };
    case 'meeting60':
      return { type: 'meeting', minutes: 60 };
    case 'meetingOn':
      return { type: 'meeting', minutes: null };
    case 'meetingOff':
      return { type: 'meeting', minutes: 'off' };
    case 'atDeskOn':
      return { type: 'atDesk', on: true };
    case 'atDeskOff':
      return { type: 'atDesk', on: false };
    case 'standing':
      return { type: 'stance', stance: 'standing' };
    case 'sitting':
      return { type: 'stance', stance: 'sitting' };
    default:
      return null;
  }
}
