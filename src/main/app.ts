import { app, shell } from 'electron';
import type { Server } from 'node:net';
import { join } from 'node:path';
import type { CliCommand, CliReply } from '../core/cli-args';
import type { AppStatus } from '../shared/domain';
import type { IdleSourceId } from '../core/idle-chain';
import { getBreakNoticeText, getNoticeInput } from '../core/notice-text';
import { getWeekLine } from '../core/summary-text';
import { getTrayActionInput, type TrayAction, type TrayMenuItem } from '../core/tray-menu';
import { runCliCommand } from './cli-dispatch';
import { showAppWindow } from './platform/app-windows';
import { closeBreakWindow, focusBreakWindow, openBreakWindow } from './platform/break-window';
import { getCliSocketPath, listenForCli } from './platform/cli-channel';
import { setupFocus, type FocusSystem } from './platform/focus-system';
import { setupIdle } from './platform/idle-system';
import { setupIpc } from './platform/ipc';
import { setupLoginItem } from './platform/login-item';
import {
  createDesktopNotifier,
  supportsNoticeActions,
  writeNoticeIcon,
} from './platform/notifications';
import { watchPower } from './platform/power';
import { chooseExportPath } from './platform/save-dialog';
import { setupSecurity } from './platform/security';
import { setupShortcuts } from './platform/shortcuts';
import { createOneShotTimer, readClock } from './platform/timer';
import { createTray } from './platform/tray';
import { broadcast } from './platform/windows';
import { createMainServices, type MainServices } from './services';
import { renderTrayIconPng } from './tray-icon';
import { setupServicesWeeklySummary, type WeeklySummaryScheduler } from './weekly-summary';

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

/** What the app offers the Electron end-to-end spec (under UNKNOT_TEST=1) and index.ts. */
export interface RunningApp {
  services: MainServices;
  trayTooltip(): string;
  trayMenu(): TrayMenuItem[];
  trayIcon(): string;
  /** Clicks the real tray menu item for `action`; false when it is absent or disabled. */
  clickTray(action: TrayAction): boolean;
  runCli(command: CliCommand): CliReply;
  /** Whether the CLI socket listens (else index.ts takes commands from second-instance). */
  cliListening(): boolean;
  idleSource(): IdleSourceId | null;
}

export interface StartOptions {
  /** A CLI command this first instance was started with, run once the engine runs. */
  startupCommand: CliCommand | null;
}

/** The composition root: Electron adapters in, core's effects out. Called once, on ready. */
export function startApp(options: StartOptions): RunningApp {
  setupSecurity();
  const timer = createOneShotTimer();
  const idle = setupIdle();
  const notifier = createDesktopNotifier({
    appName: 'Unknot',
    icon: writeNoticeIcon(
      join(app.getPath('userData'), 'notice-icon.png'),
      renderTrayIconPng({ size: 64, state: { kind: 'due' }, variant: 'light' }),
    ),
  });
  let services: MainServices | null = null;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = app.getSystemLocale();
  // "This week: 18/24 breaks": recomputed when the phase changes (a break ended, the
  // person sat down or left), not on every sample.
  let weekLine: string | null = null;
  let lastPhase: AppStatus['phase'] | null = null;
  const refreshWeekLine = (phase: AppStatus['phase']): void => {
    if (phase === lastPhase || !services) return;
    lastPhase = phase;
    try {
      weekLine = getWeekLine(services.getSummaryView(0).summary);
    } catch (error) {
      console.warn(`[tray] this week's line is unavailable: ${String(error)}`);
      weekLine = null;
    }
  };
  let cliServer: Server | null = null;
  let weekly: WeeklySummaryScheduler | null = null;
  const dispatch: MainServices['controller']['dispatch'] = (input) =>
    services?.controller.dispatch(input);

  let focus: FocusSystem | null = null;
  const onTrayAction = (action: TrayAction): void => {
    if (action === 'quit') return app.quit();
    if (action === 'summary' || action === 'settings') return showAppWindow(action);
    const input = getTrayActionInput(action);
    if (input) dispatch(input);
  };
  const tray = createTray(onTrayAction);
  const showTray = (status: AppStatus): void => {
    refreshWeekLine(status.phase);
    tray.show({
      status,
      nowWall: readClock().wall,
      extras: { weekLine },
      idleUnavailable: idle.reader.isUnavailable(),
    });
  };

  services = createMainServices({
    dataDir: app.getPath('userData'),
    timeZone,
    postureEverySeconds: postureOverride(),
    desktop: { openPath: (path) => shell.openPath(path) },
    locale,
    chooseExportPath,
    shell: {
      now: readClock,
      // Each wake-up first asks the idle chain (D-Bus is async), then samples.
      // Focus sources without signals (the camera) are read at the same decision points.
      setTimer: (atMono, fire) =>
        timer.set(atMono, () => {
          void Promise.all([idle.reader.refresh(), focus?.refresh()]).then(fire, fire);
        }),
      readIdleSeconds: () => idle.reader.read(),
      showNotice: (notice) => {
        const text = getBreakNoticeText(notice, supportsNoticeActions(process.platform));
        notifier.show(text, (response) => {
          const input = getNoticeInput(response);
          if (input) dispatch(input);
        });
      },
      openBreakWindow: () =>
        openBreakWindow({ dimOtherDisplays: services?.settingsStore.settings.dimOtherDisplays }),
      focusBreakWindow,
      closeBreakWindow,
      showStatus: showTray,
      broadcast,
    },
  });
  const { controller, settingsStore } = services;
  focus = setupFocus(process.platform, idle.dbus, (state) => dispatch({ type: 'focus', state }));
  // The menu and tooltip are there from the first moment, before the first idle reading.
  showTray(controller.getStatus());
  for (const problem of settingsStore.problems) {
    console.warn(`[settings] ${problem.path || '(file)'}: ${problem.message}`);
  }

  setupIpc(services.router);
  setupLoginItem(settingsStore);
  setupShortcuts(settingsStore, onTrayAction);
  watchPower((event) => {
    dispatch({ type: 'system', event });
    if (event === 'resume' || event === 'unlock') {
      weekly?.recheck();
      void idle.reader
        .refresh()
        .then(() => dispatch({ type: 'sample', idleSeconds: idle.reader.read() }));
    }
  });

  const runCli = (command: CliCommand): CliReply =>
    runCliCommand(command, {
      dispatch,
      getStatus: () => controller.getStatus(),
      nowWall: () => readClock().wall,
      showSummary: () => showAppWindow('summary'),
      isIdleUnavailable: () => idle.reader.isUnavailable(),
    });
  listenForCli(getCliSocketPath(process.platform, app.getPath('userData')), runCli).then(
    (server) => (cliServer = server),
    (error: unknown) => console.warn(`[cli] not listening for commands: ${String(error)}`),
  );

  // First run: the onboarding window (what Unknot does, equipment, safety check). The
  // Electron spec (UNKNOT_TEST=1) starts from a fresh folder and checks the break flow.
  if (services.needsOnboarding() && process.env.UNKNOT_TEST !== '1') showAppWindow('onboarding');
  void idle.reader.refresh().finally(() => {
    controller.start();
    if (options.startupCommand) {
      const reply = runCli(options.startupCommand);
      process.stdout.write(`${reply.ok ? reply.text : reply.error}\n`);
    }
  });
  weekly = setupServicesWeeklySummary(services, {
    notifier,
    timeZone,
    locale,
    openSummaryWindow: () => showAppWindow('summary'),
  });
  app.on('before-quit', () => {
    weekly?.stop();
    controller.stop();
    cliServer?.close();
    focus?.stop();
    idle.dbus?.close();
  });

  return {
    services,
    trayTooltip: () => tray.getTooltip(),
    trayMenu: () => tray.getMenu(),
    trayIcon: () => tray.getIconKey(),
    clickTray: (action) => tray.clickMenuItem(action),
    runCli,
    cliListening: () => cliServer !== null,
    idleSource: () => idle.reader.getSource(),
  };
}
