import { app } from 'electron';
import { getWeekLine } from '../core/summary-text';
import { getTrayActionInput, type TrayAction } from '../core/tray-menu';
import type { EngineInput } from '../core/engine-types';
import type { AppStatus } from '../shared/domain';
import { getProblemsTrayLine } from '../shared/problems';
import { showAppWindow } from './platform/app-windows';
import type { IdleReader } from './platform/idle';
import { readClock } from './platform/timer';
import { createTray, type TrayHandle } from './platform/tray';
import type { ProblemBoard } from './problems';
import type { MainServices } from './services';
import type { Message } from '../shared/i18n/message';

export interface TraySetup {
  tray: TrayHandle;
  /** What the controller's showStatus port runs. */
  showTray(status: AppStatus): void;
  /** A tray item or a global shortcut, as the person chose it. */
  onTrayAction(action: TrayAction): void;
  /** Shows the tray again on every change of `problems`; returns the unsubscribe. */
  followProblems(problems: ProblemBoard, getStatus: () => AppStatus): () => void;
}

/**
 * The tray: its menu actions dispatched, and core's status shown with this week's line.
 * `services` arrive after the tray exists (the controller needs showTray first).
 */
export function setupTray(deps: {
  services: () => MainServices | null;
  dispatch: (input: EngineInput) => void;
  idle: IdleReader;
}): TraySetup {
  // "This week: 18/24 breaks": recomputed when the phase changes (a break ended, the
  // person sat down or left), not on every sample.
  let weekLine: Message | null = null;
  let lastPhase: AppStatus['phase'] | null = null;
  const refreshWeekLine = (phase: AppStatus['phase']): void => {
    const services = deps.services();
    if (phase === lastPhase || !services) return;
    lastPhase = phase;
    try {
      weekLine = getWeekLine(services.getSummaryView(0).summary);
    } catch (error) {
      console.warn(`[tray] this week's line is unavailable: ${String(error)}`);
      weekLine = null;
    }
  };
  const onTrayAction = (action: TrayAction): void => {
    if (action === 'quit') return app.quit();
    if (action === 'summary' || action === 'settings' || action === 'knots')
      return showAppWindow(action);
    const input = getTrayActionInput(action);
    if (input) deps.dispatch(input);
  };
  const tray = createTray(onTrayAction);
  const showTray = (status: AppStatus): void => {
    refreshWeekLine(status.phase);
    tray.show({
      status,
      nowWall: readClock().wall,
      // A stored problem (a failed write, a set-aside file) stands in the menu until solved.
      extras: {
        weekLine,
        problemLine: getProblemsTrayLine(deps.services()?.problems.list() ?? []),
      },
      idleUnavailable: deps.idle.isUnavailable(),
    });
  };
  // The problem line stands exactly while a problem does: reported, and solved.
  const followProblems: TraySetup['followProblems'] = (problems, getStatus) =>
    problems.onChange(() => showTray(getStatus()));
  return { tray, showTray, onTrayAction, followProblems };
}
