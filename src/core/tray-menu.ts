import type { AppStatus } from '../shared/domain';
import type { EngineInput } from './engine-types';
import { formatDuration } from './format';
import { IDLE_UNAVAILABLE_TEXT } from './idle-chain';
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
  | 'quit'
  | FocusTrayAction;

export type TrayMenuItem =
  | {
      type: 'action';
      action: TrayAction;
      label: string;
      enabled: boolean;
      /** A toggle: shown with a check mark when true. */
      checked?: boolean;
    }
  | { type: 'submenu'; label: string; enabled: boolean; items: TrayMenuItem[] }
  /** A line of text that cannot be clicked. */
  | { type: 'label'; label: string }
  | { type: 'separator' };

export interface TrayMenuExtras {
  /** "This week: 18/24 breaks", or null while unknown. */
  weekLine: string | null;
  /** "⚠ A problem with your data — see Settings" while one stands. */
  problemLine?: string | null;
}

const PAUSE_ITEMS: { action: TrayAction; label: string }[] = [
  { action: 'pause30', label: '30 minutes' },
  { action: 'pause60', label: '1 hour' },
  { action: 'pauseTomorrow', label: 'Until tomorrow' },
  { action: 'pauseIndefinitely', label: 'Until I resume' },
];

/** The tray menu as data: main turns it into an Electron Menu one item at a time. */
export function buildTrayMenu(status: AppStatus, extras: TrayMenuExtras): TrayMenuItem[] {
  const paused = status.phase === 'paused';
  const inBreak = status.phase === 'inBreak';
  const lines = [extras.problemLine ?? null, extras.weekLine].filter(
    (line): line is string => line !== null,
  );
  const head: TrayMenuItem[] =
    lines.length === 0
      ? []
      : [...lines.map((label): TrayMenuItem => ({ type: 'label', label })), { type: 'separator' }];
  const pause: TrayMenuItem = paused
    ? { type: 'action', action: 'resume', label: 'Resume', enabled: true }
    : {
        type: 'submenu',
        label: 'Pause',
        enabled: !inBreak,
        items: PAUSE_ITEMS.map((item) => ({ type: 'action', ...item, enabled: !inBreak })),
      };
  return [
    ...head,
    { type: 'action', action: 'breakNow', label: 'Take a break now', enabled: !inBreak },
    pause,
    { type: 'separator' },
    ...buildFocusItems(status),
    { type: 'separator' },
    { type: 'action', action: 'summary', label: "This week's summary", enabled: true },
    { type: 'action', action: 'settings', label: 'Settings…', enabled: true },
    { type: 'separator' },
    { type: 'action', action: 'quit', label: 'Quit Unknot', enabled: true },
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

/** Every action in a menu, submenus included, for finding an item by action. */
export function flattenTrayMenu(items: TrayMenuItem[]): TrayMenuItem[] {
  return items.flatMap((item) =>
    item.type === 'submenu' ? [item, ...flattenTrayMenu(item.items)] : [item],
  );
}

export interface TooltipExtras {
  /** No idle source works: breaks follow the clock. */
  idleUnavailable: boolean;
}

function describeStatus(status: AppStatus, nowWall: number): string {
  if (status.phase === 'paused') {
    return status.pausedUntil === null
      ? 'Unknot — paused'
      : `Unknot — paused, resumes in ${formatDuration(status.pausedUntil - nowWall)}`;
  }
  if (status.phase === 'inBreak') return 'Unknot — break in progress';
  const sitting = `sitting ${formatDuration(status.sittingSeconds * 1000)}`;
  const next =
    status.nextBreakAt === null
      ? ''
      : ` · next break in ${formatDuration(Math.max(0, status.nextBreakAt - nowWall))}`;
  return `Unknot — ${sitting}${next}`;
}

/** Tooltip: how long you have sat and when the next break comes. */
export function buildTooltip(
  status: AppStatus,
  nowWall: number,
  extras: TooltipExtras = { idleUnavailable: false },
): string {
  const line = describeStatus(status, nowWall);
  return extras.idleUnavailable ? `${line}\n${IDLE_UNAVAILABLE_TEXT}` : line;
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
