import type { AppStatus } from '../shared/domain';
import { formatDuration } from './format';

export type TrayAction = 'breakNow' | 'pause30' | 'resume' | 'quit';

export type TrayMenuItem =
  { type: 'action'; action: TrayAction; label: string; enabled: boolean } | { type: 'separator' };

/** The tray menu as data: main turns it into an Electron Menu one item at a time. */
export function buildTrayMenu(status: AppStatus): TrayMenuItem[] {
  const paused = status.phase === 'paused';
  const inBreak = status.phase === 'inBreak';
  return [
    { type: 'action', action: 'breakNow', label: 'Take a break now', enabled: !inBreak },
    paused
      ? { type: 'action', action: 'resume', label: 'Resume', enabled: true }
      : { type: 'action', action: 'pause30', label: 'Pause 30 minutes', enabled: !inBreak },
    { type: 'separator' },
    { type: 'action', action: 'quit', label: 'Quit Unknot', enabled: true },
  ];
}

/** Tooltip: how long you have sat and when the next break comes. */
export function buildTooltip(status: AppStatus, nowWall: number): string {
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

/** 0..1 of the way from the start of sitting to the next break, for the tray ring. */
export function breakProgress(status: AppStatus, nowWall: number): number {
  if (status.phase === 'inBreak') return 1;
  if (status.nextBreakAt === null) return 0;
  const sitting = status.sittingSeconds * 1000;
  const remaining = Math.max(0, status.nextBreakAt - nowWall);
  return sitting + remaining === 0 ? 1 : sitting / (sitting + remaining);
}
