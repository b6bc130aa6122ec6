import { execFileSync } from 'node:child_process';

/** Whether `command` is on PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * In CI (.ci/run installs the packages and wraps the run in xvfb-run and
 * dbus-run-session) a missing bus or daemon is an error, not a skip.
 */
export function failInCi(layer: string, reason: string | null): string | null {
  if (reason !== null && process.env.CI) throw new Error(`${layer} cannot run in CI: ${reason}`);
  return reason;
}

/** Why a real session-bus test cannot run here, or null when it can. */
export function getSessionBusSkip(): string | null {
  if (process.platform !== 'linux') return `needs Linux, this is ${process.platform}`;
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
    return 'no D-Bus session bus (run under `dbus-run-session`, as .ci/run does)';
  }
  return null;
}

/** Why a real notification-daemon test cannot run here, or null when it can. */
export function getNotificationDaemonSkip(): string | null {
  const bus = getSessionBusSkip();
  if (bus) return bus;
  if (!process.env.DISPLAY) return 'no X display (run under `xvfb-run -a`, as .ci/run does)';
  for (const command of ['notify-send', 'dunst', 'dunstctl']) {
    if (!hasCommand(command))
      return `${command} is not installed (apt-get install dunst libnotify-bin)`;
  }
  return null;
}
