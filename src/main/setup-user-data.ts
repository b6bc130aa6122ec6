import { app, dialog } from 'electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Why the folder cannot hold our files, or null when a test write went through. */
export function findUserDataProblem(folder: string): string | null {
  try {
    mkdirSync(folder, { recursive: true });
    const probe = join(folder, `.unknot-write-check-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/** What the person reads: the folder, what went wrong, and how to fix it. */
export function getUserDataProblemText(
  folder: string,
  code: string,
  platform: NodeJS.Platform,
): string {
  const fix =
    platform === 'win32'
      ? 'Check that your account may write to this folder (Properties › Security).'
      : `This usually follows starting Unknot with sudo. Give the folder back to yourself:\n  sudo chown -R "$USER" "${folder}"`;
  return [
    `Unknot keeps its settings and history in\n  ${folder}\nbut cannot write there (${code}).`,
    fix,
    'Or start Unknot with a folder of your choice: UNKNOT_USER_DATA=/some/folder unknot',
  ].join('\n\n');
}

/**
 * A first start in a folder it cannot write must not leave an invisible app holding the
 * single-instance lock: a native error box names the folder and the fix, then Unknot
 * exits non-zero. Returns true when the folder is usable.
 */
export function setupUserDataFolder(): boolean {
  const folder = app.getPath('userData');
  const problem = findUserDataProblem(folder);
  if (problem === null) return true;
  const text = getUserDataProblemText(folder, problem, process.platform);
  process.stderr.write(`unknot: ${text}\n`);
  // Safe before ready: on Linux it then prints instead of drawing a box.
  dialog.showErrorBox('Unknot cannot start', text);
  app.exit(1);
  return false;
}
