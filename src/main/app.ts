import { app, shell } from 'electron';
import type { CliCommand, CliReply, CliRequest } from '../core/cli-args';
import type { IdleSourceId } from '../core/idle-chain';
import type { TrayAction, TrayMenuItem } from '../core/tray-menu';
import { serveAppScheme } from './platform/app-scheme';
import { setupAppMenu } from './platform/app-menu';
import { showAppWindow } from './platform/app-windows';
import { closeBreakWindow } from './platform/break-window';
import type { FocusSystem } from './platform/focus-system';
import { setupIdle } from './platform/idle-system';
import { setupIpc } from './platform/ipc';
import { setupLoginItem } from './platform/login-item';
import { chooseExportPath } from './platform/save-dialog';
import { programmeDialogs } from './platform/programme-dialogs';
import { setupSecurity } from './platform/security';
import { setupShortcuts } from './platform/shortcuts';
import { RENDERER_DIR } from './platform/windows';
import { createMainServices, type MainServices } from './services';
import { setupCli } from './setup-cli';
import { setupFocusWiring } from './setup-focus';
import { setupNotices } from './setup-notices';
import { setupPower } from './setup-power';
import { setupRelease } from './setup-release';
import { setupShellPorts } from './setup-shell-ports';
import { setupTray } from './setup-tray';
import { setupTrayHostNotice } from './setup-tray-host';
import { setupWeekly } from './setup-weekly';
import { setMainLanguage } from './i18n';
import { english } from '../shared/i18n/translator';

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
  trayMenu(): TrayMenuItem<string>[];
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

/**
 * The composition root: wiring only, each concern set up by its own setup module, in
 * this order. Called once, on ready.
 */
export function startApp(options: StartOptions): RunningApp {
  // Pages, guards and menus before any window.
  serveAppScheme(RENDERER_DIR);
  setupSecurity();
  const appMenu = setupAppMenu();
  // The one session-bus connection comes with the idle chain; everything on D-Bus shares it.
  const idle = setupIdle();
  // Services, focus and the weekly scheduler exist only after the ports that need them.
  let services: MainServices | null = null;
  let focus: FocusSystem | null = null;
  const dispatch: MainServices['controller']['dispatch'] = (input) =>
    services?.controller.dispatch(input);
  const notices = setupNotices({ dbus: idle.dbus, dispatch });
  const { tray, showTray, onTrayAction, followProblems } = setupTray({
    services: () => services,
    dispatch,
    idle: idle.reader,
  });
  const shellPorts = setupShellPorts({
    idle: idle.reader,
    returnWatch: idle.returnWatch,
    focus: () => focus,
    services: () => services,
    dispatch,
    showNotice: notices.showNotice,
    showStatus: showTray,
  });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = app.getSystemLocale();
  services = createMainServices({
    dataDir: app.getPath('userData'),
    timeZone,
    postureEverySeconds: postureOverride(),
    desktop: {
      openPath: (path) => shell.openPath(path),
      openKnotFinder: () => showAppWindow('knots'),
    },
    locale,
    preferredLanguages: app.getPreferredSystemLanguages(),
    chooseExportPath,
    focusSources: () => focus?.working() ?? [],
    dimOverlaySupported: shellPorts.dimOverlaySupported,
    shell: shellPorts.ports,
    programmeDialogs,
  });
  const { controller, settingsStore } = services;
  followProblems(services.problems, () => controller.getStatus());
  // The tray, notices and CLI speak the chosen language from the next thing they show;
  // the application menu is labelled again.
  setMainLanguage(settingsStore.settings.language, app.getPreferredSystemLanguages());
  appMenu.relabel();
  settingsStore.onChange((settings) => {
    setMainLanguage(settings.language, app.getPreferredSystemLanguages());
    appMenu.relabel();
    showTray(controller.getStatus());
  });
  focus = setupFocusWiring({ dbus: idle.dbus, dispatch });
  // The menu and tooltip are there from the first moment, before the first idle reading.
  showTray(controller.getStatus());
  for (const problem of settingsStore.problems) {
    const words = problem.text ? english.format(problem.text) : problem.message;
    console.warn(`[settings] ${problem.path || '(file)'}: ${words}`);
  }

  setupIpc(services.router);
  setupLoginItem(settingsStore);
  setupShortcuts(settingsStore, onTrayAction, services.shortcutRefusals);
  const weekly = setupWeekly({ services, notifier: notices.notifier, timeZone, locale });
  setupPower({ dispatch, onWake: () => weekly.recheck() });
  setupRelease({ services, timeZone });
  const cli = setupCli({ dispatch, controller, idle: idle.reader });

  // First run: the onboarding window (what Unknot does, equipment, safety check).
  const firstRun = services.needsOnboarding();
  if (firstRun) showAppWindow('onboarding');
  // Where nothing shows tray icons, the first run says so; relaunching opens Settings.
  setupTrayHostNotice({ dbus: idle.dbus, firstRun, openSettings: () => showAppWindow('settings') });
  void controller.start().finally(() => {
    if (options.startupCommand) {
      const reply = cli.runCli(options.startupCommand);
      process.stdout.write(`${reply.ok ? reply.text : reply.error}\n`);
    }
  });
  // macOS: launching again from Finder or Spotlight opens Settings.
  app.on('activate', () => showAppWindow('settings'));
  app.on('before-quit', () => {
    // Quitting is not "not now": the open break stays pending for the next start.
    closeBreakWindow();
    weekly.stop();
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
