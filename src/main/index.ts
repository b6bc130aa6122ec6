import { app } from 'electron';
import { randomUUID } from 'node:crypto';
import {
  CLI_USAGE,
  NOT_RUNNING_EXIT_CODE,
  NOT_RUNNING_TEXT,
  cliRequestSchema,
  parseCliArgs,
  type CliRequest,
} from '../core/cli-args';
import { startApp, type RunningApp } from './app';
import { APP_ID } from './app-id';
import { registerAppScheme } from './platform/app-scheme';
import { showAppWindow } from './platform/app-windows';
import { getCliSocketPath, sendCliCommand } from './platform/cli-channel';
import { setupUserDataFolder } from './setup-user-data';
import { chooseUserDataFolder } from './user-data-folder';
import { formatText, setMainLanguage } from './i18n';
import { getErrorCause } from './error-cause';
import { message } from '../shared/i18n/message';

// Both must happen before ready (and the folder before the single-instance lock).
app.setPath(
  'userData',
  chooseUserDataFolder({ appData: app.getPath('appData'), override: process.env.UNKNOT_USER_DATA }),
);
registerAppScheme();
// Windows ties toasts to the installer's Start-menu shortcut by this ID: set before any notice.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

declare global {
  /** Set only under UNKNOT_TEST=1, for the Electron end-to-end spec. */
  var unknotTest: RunningApp | undefined;
}

/** Exits once `text` has reached the stream: `unknot --status | cat` must print. */
function writeThenExit(stream: NodeJS.WriteStream, text: string, code: number): void {
  stream.write(`${text}\n`, () => app.exit(code));
}

/** A second instance: hand the request to the first one, print its answer, exit. */
async function forwardToRunning(request: CliRequest): Promise<void> {
  try {
    const reply = await sendCliCommand(
      getCliSocketPath(process.platform, app.getPath('userData')),
      request,
    );
    if (reply.ok) writeThenExit(process.stdout, reply.text, 0);
    else writeThenExit(process.stderr, `unknot: ${reply.error}`, 1);
  } catch (error) {
    // The lock's data carried the request to the first instance, which runs it once:
    // only its answer is lost.
    const text = formatText(message('cli.error.noAnswer', { cause: getErrorCause(error) }));
    writeThenExit(process.stderr, `unknot: ${text}`, 1);
  }
}

const parsed = parseCliArgs(process.argv);
// Before the settings are read, the command line speaks the system's language.
setMainLanguage('system', app.getPreferredSystemLanguages());
if ('error' in parsed) {
  writeThenExit(process.stderr, `unknot: ${formatText(parsed.error)}\n${formatText(CLI_USAGE)}`, 2);
} else if (setupUserDataFolder()) {
  const request: CliRequest | null = parsed.command
    ? { id: randomUUID(), command: parsed.command }
    : null;
  if (!app.requestSingleInstanceLock({ request })) {
    if (request) void forwardToRunning(request);
    else app.quit();
  } else if (request?.command.type === 'status') {
    // Nothing is running: say so, rather than starting the tray app in the terminal.
    app.releaseSingleInstanceLock();
    writeThenExit(process.stdout, formatText(NOT_RUNNING_TEXT), NOT_RUNNING_EXIT_CODE);
  } else {
    // A tray app: closing every window must not quit it.
    app.on('window-all-closed', () => undefined);
    app.dock?.hide();
    void app.whenReady().then(() => {
      const running = startApp({ startupCommand: request?.command ?? null });
      if (process.env.UNKNOT_TEST === '1') globalThis.unknotTest = running;
      app.on('second-instance', (_event, _argv, _cwd, data) => {
        const sent = cliRequestSchema.safeParse((data as { request?: unknown } | null)?.request);
        // Always run it from here (the socket's copy then only fetches the answer), so a
        // command is neither lost when the socket times out nor run twice.
        if (sent.success) running.runCliRequest(sent.data);
        // Started again without a command: show something rather than nothing.
        else showAppWindow('settings');
      });
    });
  }
}
