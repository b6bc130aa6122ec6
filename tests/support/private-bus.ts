import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A D-Bus session bus of the test's own. It has no service directories: nothing is
 * started by D-Bus activation, so no notification daemon an earlier test woke (dunst,
 * which then owns org.freedesktop.Notifications) can stand in the way of a test service.
 */
export interface PrivateBus {
  address: string;
  stop(): void;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline >= 0) resolve(text.slice(0, newline).trim());
    });
    child.once('exit', (code) => reject(new Error(`dbus-daemon exited (${String(code)})`)));
  });
}

export async function startPrivateBus(dir: string): Promise<PrivateBus> {
  const busConfig = join(dir, 'bus.conf');
  writeFileSync(
    busConfig,
    `<busconfig><type>session</type><listen>unix:tmpdir=${dir}</listen><auth>EXTERNAL</auth>` +
      '<policy context="default"><allow send_destination="*" eavesdrop="true"/>' +
      '<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>',
  );
  const daemon = spawn(
    'dbus-daemon',
    [`--config-file=${busConfig}`, '--nofork', '--print-address=1'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const stop = (): void => {
    if (daemon.exitCode === null) daemon.kill();
  };
  try {
    return { address: await firstLine(daemon), stop };
  } catch (error) {
    stop();
    throw error;
  }
}
