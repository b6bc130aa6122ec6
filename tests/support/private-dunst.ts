import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A D-Bus session bus of the test's own with a dunst on it, configured so that its
 * context menu (the one a right-click opens) "chooses" the action the test names.
 * Own bus, so no other daemon or earlier test's dunst can answer instead.
 */
export interface PrivateDunst {
  address: string;
  /** Runs dunstctl against this dunst. */
  dunstctl(...args: string[]): Promise<string>;
  /** The label the next context menu picks, e.g. "Snooze". */
  pickNext(label: string): void;
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

export async function startPrivateDunst(dir: string): Promise<PrivateDunst> {
  const choice = join(dir, 'choice');
  const menu = join(dir, 'menu.sh');
  // dunst writes one line per action, "#<label> (<summary>) [<id>,<key>]", to dmenu's stdin.
  writeFileSync(menu, `#!/bin/sh\ngrep -m1 -F "#$(cat '${choice}') ("\n`);
  chmodSync(menu, 0o755);
  writeFileSync(join(dir, 'dunstrc'), `[global]\n    dmenu = ${menu}\n`);
  writeFileSync(choice, '');
  // A bus with no service directories: nothing is started by D-Bus activation, so the
  // only notification daemon on it is the dunst started below with the config above.
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
  const children: ChildProcess[] = [daemon];
  const stop = (): void => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
  };
  try {
    const address = await firstLine(daemon);
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address };
    children.push(spawn('dunst', ['-config', join(dir, 'dunstrc')], { env, stdio: 'ignore' }));
    const dunstctl = async (...args: string[]) => (await run('dunstctl', args, { env })).stdout;
    // Ready once dunst owns the name and answers.
    for (let tries = 0; ; tries += 1) {
      try {
        await dunstctl('is-paused');
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return { address, dunstctl, pickNext: (label) => writeFileSync(choice, label), stop };
  } catch (error) {
    stop();
    throw error;
  }
}
