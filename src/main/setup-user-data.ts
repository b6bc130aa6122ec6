import { app, dialog } from 'electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { message, type Message } from '../shared/i18n/message';
import { getCodeCause } from './error-cause';
import { formatText } from './i18n';

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

/** What the person reads, a paragraph each: the folder, what went wrong, and how to fix it. */
export function getUserDataProblemText(
  folder: string,
  code: string,
  platform: NodeJS.Platform,
): Message[] {
  return [
    message('data.userData.problem', { folder, cause: getCodeCause(code) }),
    platform === 'win32'
      ? message('data.userData.fixWindows')
      : message('data.userData.fixSudo', { folder }),
    message('data.userData.otherFolder'),
  ];
}

/**
 * A first start in a folder it cannot write must not leave an invisible app holding the
 * single-instance lock: a native error box names the folder and the fix, then Unknot
 * exits non-zero. Returns true when the folder is usable. No settings can be read yet:
 * the box speaks the system's language, which index.ts set before calling this.
 */
export function setupUserDataFolder(): boolean {
  const folder = app.getPath('userData');
  const problem = findUserDataProblem(folder);
  if (problem === null) return true;
  const text = getUserDataProblemText(folder, problem, process.platform)
    .map(formatText)
    .join('\n\n');
  console.warn(`[user-data] ${folder} cannot be written: ${problem}`);
  process.stderr.write(`unknot: ${text}\n`);
  // Safe before ready: on Linux it then prints instead of drawing a box.
  dialog.showErrorBox(formatText(message('data.userData.title')), text);
  app.exit(1);
  return false;
}
