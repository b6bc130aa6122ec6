import { app, shell } from 'electron';
import { join } from 'node:path';
import type { CliCommand, CliReply, CliRequest } from '../core/cli-args';
import type { IdleSourceId } from '../core/idle-chain';
import { getBreakNoticeText, getNoticeInput } from '../core/notice-text';
import { getWindowClosedResult } from '../core/window-close';
import type { TrayAction, TrayMenuItem } from '../core/tray-menu';
import { showAppWindow } from './platform/app-windows';
import { closeBreakWindow, focusBreakWindow, openBreakWindow } from './platform/break-window';
import { setupFocus, type FocusSystem } from './platform/focus-system';
import { setupIdle } from './platform/idle-system';
import { setupIpc } from './platform/ipc';
import { setupLoginItem } from './platform/login-item';
import { APP_ID } from './app-id';
import { supportsNoticeActions, writeNoticeIcon } from './platform/notifications';
import { createPlatformNotifier } from './platform/platform-notifier';
import { watchPower } from './platform/power';
import { chooseExportPath } from './platform/save-dialog';
import { setupAppMenu } from './platform/app-menu';
import { setupSecurity } from './platform/security';
import { setupShortcuts } from './platform/shortcuts';
import { createOneShotTimer, readClock } from './platform/timer';
import { broadcast } from './platform/windows';
import { createMainServices, type MainServices } from './services';
import { setupCli } from './setup-cli';
import { setupTray } from './setup-tray';
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
  /** Runs a second instance's request once, however many copies of it arrive. */
  runCliRequest(request: CliRequest): CliReply;
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
  setupAppMenu();
  const timer = createOneShotTimer();
  const idle = setupIdle();
  const notifier = createPlatformNotifier({
    appName: 'Unknot',
    appId: APP_ID,
    dbus: idle.dbus,
    icon: writeNoticeIcon(
      join(app.getPath('userData'), 'notice-icon.png'),
      renderTrayIconPng({ size: 64, state: { kind: 'due' }, variant: 'light' }),
    ),
  });
  let services: MainServices | null = null;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = app.getSystemLocale();
  let weekly: WeeklySummaryScheduler | null = null;
  const dispatch: MainServices['controller']['dispatch'] = (input) =>
    services?.controller.dispatch(input);
  let focus: FocusSystem | null = null;
  const { tray, showTray, onTrayAction } = setupTray({
    services: () => services,
    dispatch,
    idle: idle.reader,
  });

  services = createMainServices({
    dataDir: app.getPath('userData'),
    timeZone,
    postureEverySeconds: postureOverride(),
    desktop: { openPath: (path) => shell.openPath(path) },
    locale,
    chooseExportPath,
    shell: {
      now: readClock,
      setTimer: (atMono, fire) => timer.set(atMono, fire),
      // Each wake-up asks the idle chain afresh (D-Bus is async), then samples.
      // Focus sources without signals (the camera) are read at the same decision points.
      readIdleSeconds: () =>
        Promise.all([idle.reader.refresh(), focus?.refresh().catch(() => undefined)]).then(() =>
          idle.reader.read(),
        ),
      showNotice: (notice) => {
        const text = getBreakNoticeText(
          notice,
          supportsNoticeActions(process.platform, idle.dbus !== null),
        );
        notifier.show(text, (response) => {
          const input = getNoticeInput(response);
          if (input) dispatch(input);
        });
      },
      openBreakWindow: () =>
        openBreakWindow({
          dimOtherDisplays: services?.settingsStore.settings.dimOtherDisplays,
          onClosedByPerson: () => {
            const prompt = services?.controller.getPrompt();
            if (prompt) dispatch({ type: 'finishBreak', result: getWindowClosedResult(prompt) });
          },
        }),
      focusBreakWindow,
      closeBreakWindow,
      showStatus: showTray,
      broadcast,
    },
  });
  const { controller, settingsStore } = services;
  services.problems.onChange(() => showTray(controller.getStatus()));
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
    // The controller reads idle time after a resume or unlock, as after a timer.
    dispatch({ type: 'system', event });
    if (event === 'resume' || event === 'unlock') weekly?.recheck();
  });

  const cli = setupCli({ dispatch, controller, idle: idle.reader });

  // First run: the onboarding window (what Unknot does, equipment, safety check).
  if (services.needsOnboarding()) showAppWindow('onboarding');
  void controller.start().finally(() => {
    if (options.startupCommand) {
      const reply = cli.runCli(options.startupCommand);
      process.stdout.write(`${reply.ok ? reply.text : reply.error}\n`);
    }
  });
  weekly = setupServicesWeeklySummary(services, {
    notifier,
    timeZone,
    locale,
    openSummaryWindow: () => showAppWindow('summary'),
  });
  // macOS: launching again from Finder or Spotlight opens Settings.
  app.on('activate', () => showAppWindow('settings'));
  app.on('before-quit', () => {
    // Quitting is not "not now": the open break stays pending for the next start.
    closeBreakWindow();
    weekly?.stop();
    controller.stop();
    cli.close();
    focus?.stop();
    idle.dbus?.close();
  });

  return {
    services,
    trayTooltip: () => tray.getTooltip(),
    trayMenu: () => tray.getMenu(),
    trayIcon: () => tray.getIconKey(),
    clickTray: (action) => tray.clickMenuItem(action),
    runCli: cli.runCli,
    runCliRequest: cli.runCliRequest,
    cliListening: cli.isListening,
    idleSource: () => idle.reader.getSource(),
  };
}
