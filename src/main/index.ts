import { app } from 'electron';
import { CLI_USAGE, cliCommandSchema, parseCliArgs, type CliCommand } from '../core/cli-args';
import { startApp, type RunningApp } from './app';
import { APP_ID } from './app-id';
import { showAppWindow } from './platform/app-windows';
import { getCliSocketPath, sendCliCommand } from './platform/cli-channel';

/** Lets tests and portable installs keep data elsewhere; must happen before ready. */
const userData = process.env.UNKNOT_USER_DATA;
if (userData) app.setPath('userData', userData);
// Windows ties toasts to the installer's Start-menu shortcut by this ID: set before any notice.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

declare global {
  /** Set only under UNKNOT_TEST=1, for the Electron end-to-end spec. */
  var unknotTest: RunningApp | undefined;
}

/** A second instance: hand the command to the first one, print its answer, exit. */
async function forwardToRunning(command: CliCommand): Promise<void> {
  try {
    const reply = await sendCliCommand(
      getCliSocketPath(process.platform, app.getPath('userData')),
      command,
    );
    if (reply.ok) process.stdout.write(`${reply.text}\n`);
    else process.stderr.write(`unknot: ${reply.error}\n`);
    app.exit(reply.ok ? 0 : 1);
  } catch (error) {
    // The lock's additionalData still carries the command to a first instance whose
    // socket is not up; only its answer is lost.
    process.stderr.write(`unknot: the running Unknot gave no answer (${String(error)})\n`);
    app.exit(1);
  }
}

const parsed = parseCliArgs(process.argv);
if ('error' in parsed) {
  process.stderr.write(`unknot: ${parsed.error}\n${CLI_USAGE}\n`);
  app.exit(2);
} else if (!app.requestSingleInstanceLock({ command: parsed.command })) {
  if (parsed.command) void forwardToRunning(parsed.command);
  else app.quit();
} else {
  // A tray app: closing every window must not quit it.
  app.on('window-all-closed', () => undefined);
  app.dock?.hide();
  void app.whenReady().then(() => {
    const running = startApp({ startupCommand: parsed.command });
    if (process.env.UNKNOT_TEST === '1') globalThis.unknotTest = running;
    app.on('second-instance', (_event, _argv, _cwd, data) => {
      // The socket is the normal path (it can answer); this one covers a socket that failed.
      const sent = cliCommandSchema.safeParse((data as { command?: unknown } | null)?.command);
      const command = sent.success ? sent.data : null;
      if (command && !running.cliListening()) running.runCli(command);
      // Started again without a command: show something rather than nothing.
      if (!command) showAppWindow('settings');
    });
  });
}
