import { app } from 'electron';
import { breakProgress, type TrayAction } from '../core/tray-menu';
import { closeBreakWindow, focusBreakWindow, openBreakWindow } from './platform/break-window';
import { readSystemIdleSeconds } from './platform/idle';
import { setupIpc } from './platform/ipc';
import { watchPower } from './platform/power';
import { chooseExportPath } from './platform/save-dialog';
import { setupSecurity } from './platform/security';
import { openSummaryWindow } from './platform/summary-window';
import { createOneShotTimer, readClock } from './platform/timer';
import { createTray } from './platform/tray';
import { broadcast } from './platform/windows';
import { createMainServices, type MainServices } from './services';
import { setupServicesWeeklySummary } from './weekly-summary';

/** Reads UNKNOT_BREAK_EVERY_SECONDS, the dev/test shortcut to a short posture interval. */
function postureOverride(): number | undefined {
  const raw = process.env.UNKNOT_BREAK_EVERY_SECONDS;
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.warn(`[app] ignoring UNKNOT_BREAK_EVERY_SECONDS=${raw}: not a positive number`);
    return undefined;
  }
  return seconds;
}

export interface RunningApp {
  services: MainServices;
  trayTooltip(): string;
}

/** The composition root: Electron adapters in, core's effects out. Called once, on ready. */
export function startApp(): RunningApp {
  setupSecurity();
  const timer = createOneShotTimer();
  let services: MainServices | null = null;
  const onTrayAction = (action: TrayAction): void => {
    const controller = services?.controller;
    if (action === 'quit') return app.quit();
    if (action === 'breakNow') controller?.dispatch({ type: 'startBreakNow' });
    if (action === 'pause30') controller?.dispatch({ type: 'pause', length: { minutes: 30 } });
    if (action === 'resume') controller?.dispatch({ type: 'resume' });
  };
  const tray = createTray(onTrayAction);

  services = createMainServices({
    dataDir: app.getPath('userData'),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    postureEverySeconds: postureOverride(),
    locale: app.getSystemLocale(),
    chooseExportPath,
    shell: {
      now: readClock,
      setTimer: timer.set,
      readIdleSeconds: readSystemIdleSeconds,
      // Native notices arrive with the desktop-integration issue; until then, the log.
      showNotice: (notice) =>
        console.info(`[notice] ${notice.kind} break in ${notice.inSeconds} s`),
      openBreakWindow: () => openBreakWindow(),
      focusBreakWindow,
      closeBreakWindow,
      showStatus: (status) => {
        const wall = Date.now();
        tray.show(status, wall, breakProgress(status, wall));
      },
      broadcast,
    },
  });
  for (const problem of services.settingsStore.problems) {
    console.warn(`[settings] ${problem.path || '(file)'}: ${problem.message}`);
  }

  setupIpc(services.router);
  // Resume and unlock are moments to look again; the engine learns about them in issue 3.
  watchPower(() =>
    services?.controller.dispatch({ type: 'sample', idleSeconds: readSystemIdleSeconds() }),
  );
  services.controller.start();
  const weekly = setupServicesWeeklySummary(services, {
    // The node-notifier DesktopNotifier arrives with the desktop-integration issue; until then, the log.
    notifier: {
      show: (notice) => console.info(`[weekly summary] ${notice.title}: ${notice.body}`),
    },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: app.getSystemLocale(),
    openSummaryWindow,
  });
  app.on('before-quit', () => {
    weekly.stop();
    services?.controller.stop();
  });
  return { services, trayTooltip: () => tray.getTooltip() };
}
