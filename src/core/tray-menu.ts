import type { AppStatus } from '../shared/domain';
import type { EngineInput } from './engine-types';
import { message, type Message } from '../shared/i18n/message';
import { getDurationMessage } from './format';
import { buildFocusItems, getFocusActionInput, type FocusTrayAction } from './tray-focus';

export type TrayAction =
  | 'breakNow'
  | 'pause30'
  | 'pause60'
  | 'pauseTomorrow'
  | 'pauseIndefinitely'
  | 'resume'
  | 'summary'
  | 'settings'
  | 'knots'
  | 'quit'
  | FocusTrayAction;

/** A menu item; core gives labels as messages, main shows them formatted (`L = string`). */
export type TrayMenuItem<L = Message> =
  | {
      type: 'action';
      action: TrayAction;
      label: L;
      enabled: boolean;
      /** A toggle: shown with a check mark when true. */
      checked?: boolean;
    }
  | { type: 'submenu'; label: L; enabled: boolean; items: TrayMenuItem<L>[] }
  /** A line of text that cannot be clicked. */
  | { type: 'label'; label: L }
  | { type: 'separator' };

export interface TrayMenuExtras {
  /** "This week: 18/24 breaks", or null while unknown. */
  weekLine: Message | null;
  /** "⚠ A problem with your data — see Settings" while one stands. */
  problemLine?: Message | null;
}

const PAUSE_ITEMS: { action: TrayAction; label: Message }[] = [
  { action: 'pause30', label: message('tray.pause30') },
  { action: 'pause60', label: message('tray.pause60') },
  { action: 'pauseTomorrow', label: message('tray.pauseTomorrow') },
  { action: 'pauseIndefinitely', label: message('tray.pauseIndefinitely') },
];

/** The tray menu as data: main turns it into an Electron Menu one item at a time. */
export function buildTrayMenu(status: AppStatus, extras: TrayMenuExtras): TrayMenuItem[] {
  const paused = status.phase === 'paused';
  const inBreak = status.phase === 'inBreak';
  const lines = [extras.problemLine ?? null, extras.weekLine].filter(
    (line): line is Message => line !== null,
  );
  const head: TrayMenuItem[] =
    lines.length === 0
      ? []
      : [...lines.map((label): TrayMenuItem => ({ type: 'label', label })), { type: 'separator' }];
  const pause: TrayMenuItem = paused
    ? { type: 'action', action: 'resume', label: message('tray.resume'), enabled: true }
    : {
        type: 'submenu',
        label: message('tray.pause'),
        enabled: !inBreak,
        items: PAUSE_ITEMS.map((item) => ({ type: 'action', ...item, enabled: !inBreak })),
      };
  return [
    ...head,
    { type: 'action', action: 'breakNow', label: message('tray.breakNow'), enabled: !inBreak },
    pause,
    { type: 'separator' },
    ...buildFocusItems(status),
    { type: 'separator' },
    { type: 'action', action: 'summary', label: message('tray.summary'), enabled: true },
    { type: 'action', action: 'knots', label: message('tray.knots'), enabled: true },
    { type: 'action', action: 'settings', label: message('tray.settings'), enabled: true },
    { type: 'separator' },
    { type: 'action', action: 'quit', label: message('tray.quit'), enabled: true },
  ];
}

/** The engine input a menu action stands for; null for actions the shell handles itself. */
export function getTrayActionInput(action: TrayAction): EngineInput | null {
  switch (action) {
    case 'breakNow':
      return { type: 'startBreakNow' };
    case 'pause30':
      return { type: 'pause', length: { minutes: 30 } };
    case 'pause60':
      return { type: 'pause', length: { minutes: 60 } };
    case 'pauseTomorrow':
      return { type: 'pause', length: 'untilTomorrow' };
    case 'pauseIndefinitely':
      return { type: 'pause', length: 'indefinitely' };
    case 'resume':
      return { type: 'resume' };
    default:
      return getFocusActionInput(action);
  }
}

/** The menu with every label formatted, in main's current language. */
export function formatTrayMenu(
  items: TrayMenuItem[],
  format: (label: Message) => string,
): TrayMenuItem<string>[] {
  return items.map((item): TrayMenuItem<string> => {
    if (item.type === 'separator') return item;
    if (item.type === 'submenu') {
      return { ...item, label: format(item.label), items: formatTrayMenu(item.items, format) };
    }
    return { ...item, label: format(item.label) };
  });
}

/** Every action in a menu, submenus included, for finding an item by action. */
export function flattenTrayMenu<L>(items: TrayMenuItem<L>[]): TrayMenuItem<L>[] {
  return items.flatMap((item) =>
    item.type === 'submenu' ? [item, ...flattenTrayMenu(item.items)] : [item],
  );
}

export interface TooltipExtras {
  /** No idle source works: breaks follow the clock. */
  idleUnavailable: boolean;
}

function describeStatus(status: AppStatus, nowWall: number): Message {
  if (status.phase === 'paused') {
    return status.pausedUntil === null
      ? message('tray.tooltip.paused')
      : message('tray.tooltip.pausedUntil', {
          in: getDurationMessage(status.pausedUntil - nowWall),
        });
  }
  if (status.phase === 'inBreak') return message('tray.tooltip.inBreak');
  const sitting = getDurationMessage(status.sittingSeconds * 1000);
  if (status.nextBreakAt === null) return message('tray.tooltip.sitting', { sitting });
  const next = getDurationMessage(Math.max(0, status.nextBreakAt - nowWall));
  return message('tray.tooltip.sittingNext', { sitting, in: next });
}

/** Tooltip: how long you have sat and when the next break comes; one message a line. */
export function buildTooltip(
  status: AppStatus,
  nowWall: number,
  extras: TooltipExtras = { idleUnavailable: false },
): Message[] {
  const line = describeStatus(status, nowWall);
  return extras.idleUnavailable ? [line, message('idle.unavailable')] : [line];
}

/** 0..1 of the way from the start of sitting to the next break, for the tray ring. */
export function breakProgress(status: AppStatus, nowWall: number): number {
  if (status.phase === 'inBreak') return 1;
  if (status.nextBreakAt === null) return 0;
  const sitting = status.sittingSeconds * 1000;
  const remaining = Math.max(0, status.nextBreakAt - nowWall);
  return sitting + remaining === 0 ? 1 : sitting / (sitting + remaining);
}

/** The ring fills in this many steps, so the icon changes a few times per break. */
export const PROGRESS_STEPS = 8;

export type TrayIconState =
  { kind: 'progress'; step: number } | { kind: 'paused' } | { kind: 'due' };

/** What the tray icon shows: the ring's step, paused, or a break due now. */
export function getTrayIconState(status: AppStatus, nowWall: number): TrayIconState {
  if (status.phase === 'paused' || status.phase === 'offHours') return { kind: 'paused' };
  if (status.phase === 'notice' || status.phase === 'due' || status.phase === 'inBreak') {
    return { kind: 'due' };
  }
  const progress = Math.min(1, Math.max(0, breakProgress(status, nowWall)));
  return { kind: 'progress', step: Math.round(progress * PROGRESS_STEPS) };
}

/** Every icon state, for drawing them all ahead and for the tests. */
export function getAllTrayIconStates(): TrayIconState[] {
  const steps = Array.from({ length: PROGRESS_STEPS + 1 }, (_, step) => ({
    kind: 'progress' as const,
    step,
  }));
  return [...steps, { kind: 'paused' }, { kind: 'due' }];
}

export function getTrayIconKey(state: TrayIconState): string {
  return state.kind === 'progress' ? `progress-${state.step}` : state.kind;
}
