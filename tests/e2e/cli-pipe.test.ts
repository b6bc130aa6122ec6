import { describe, expect, it } from 'vitest';
import { cliCommand, run } from './backend-support';

/** What a CLI run's stdout is, as the process itself sees it. */
const SAYS_STDOUT_KIND = [
  '-e',
  "const s = require('node:fs').fstatSync(1);" +
    "console.log(s.isFIFO() ? 'pipe' : s.isSocket() ? 'socket' : 'other')",
];

describe('the CLI runs of the Electron spec', () => {
  it.skipIf(process.platform === 'win32')(
    'piped to cat, the CLI writes into a pipe that another process reads',
    async () => {
      const env = process.env;
      expect(await run(process.execPath, SAYS_STDOUT_KIND, env, true)).toMatchObject({
        code: 0,
        stdout: 'pipe\n',
      });
      // Why the pipe is asked for: execFile alone hands the CLI a socket.
      expect(await run(process.execPath, SAYS_STDOUT_KIND, env, false)).toMatchObject({
        stdout: 'socket\n',
      });
    },
  );

  it('on Windows, which has no /bin/sh, a piped run starts the CLI itself', () => {
    expect(cliCommand('unknot.exe', ['--status'], true, 'win32')).toEqual([
      'unknot.exe',
      ['--status'],
    ]);
    expect(cliCommand('unknot', ['--status'], true, 'linux')[0]).toBe('/bin/sh');
  });
});
