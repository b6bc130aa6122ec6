import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPrivateBus } from './private-bus';
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

export async function startPrivateDunst(dir: string): Promise<PrivateDunst> {
  const choice = join(dir, 'choice');
  const menu = join(dir, 'menu.sh');
  // dunst writes one line per action, "#<label> (<summary>) [<id>,<key>]", to dmenu's stdin.
  writeFileSync(menu, `#!/bin/sh\ngrep -m1 -F "#$(cat '${choice}') ("\n`);
  chmodSync(menu, 0o755);
  writeFileSync(join(dir, 'dunstrc'), `[global]\n    dmenu = ${menu}\n`);
  writeFileSync(choice, '');
  const bus = await startPrivateBus(dir);
  const children: ChildProcess[] = [];
  const stop = (): void => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
    bus.stop();
  };
  try {
    const { address } = bus;
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
