import { execFile } from 'node:child_process';
import type { CliRun, PageName } from './electron-app-backends';

/** What both backends of the Electron spec share. */
export const pageOf = (url: string): PageName | null =>
  (/\/(break|onboarding|settings|summary)\.html/.exec(url)?.[1] as PageName | undefined) ?? null;

export async function waitFor<T>(
  what: string,
  find: () => T | null | Promise<T | null>,
): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await find();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * What runs `file args`, piped into `cat` if asked: there the CLI writes into a pipe
 * (execFile alone gives it a socket on Linux and macOS).
 */
export function cliCommand(
  file: string,
  args: string[],
  pipeToCat: boolean,
  platform: NodeJS.Platform = process.platform,
): [string, string[]] {
  // Windows has no /bin/sh, and there execFile's stdout is already a pipe, as `| cat` gives.
  if (!pipeToCat || platform === 'win32') return [file, args];
  return ['/bin/sh', ['-c', '"$0" "$@" | cat', file, ...args]];
}

export function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  pipeToCat: boolean,
): Promise<CliRun> {
  const [command, argv] = cliCommand(file, args, pipeToCat);
  return new Promise((done) => {
    execFile(command, argv, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}
