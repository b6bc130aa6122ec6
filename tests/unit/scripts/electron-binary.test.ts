import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest('unknot-electron-bin-');
const SCRIPT = resolve('scripts/electron-binary.mjs');

/** A project folder whose node_modules/electron is in the state the test names. */
function project(state: 'no-binary' | 'binary', installJs = ''): string {
  const root = tempDir();
  const electron = join(root, 'node_modules/electron');
  mkdirSync(join(electron, 'dist'), { recursive: true });
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","version":"41.7.1"}');
  writeFileSync(join(electron, 'install.js'), installJs);
  if (state === 'binary') {
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist/electron'), '');
  }
  return root;
}

function run(root: string, mode: string, env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete clean.ELECTRON_OVERRIDE_DIST_PATH;
  const result = spawnSync(process.execPath, [SCRIPT, mode], {
    cwd: root,
    encoding: 'utf8',
    // No sandbox verdict from the machine running the tests (see sandbox-check.test.ts).
    env: { ...clean, UNKNOT_PROC_SYS: join(root, 'no-proc-sys'), ...env },
  });
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line !== '');
  return { status: result.status, lines };
}

/** What Electron's own install.js prints where GitHub cannot be reached. */
const FAILING_DOWNLOAD = `process.stderr.write('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (got/index.js:1:1)\\n'); process.exit(1);`;

describe('a newcomer without the Electron binary', () => {
  it('npm start stops with one line saying what happened and what to do', () => {
    const { status, lines } = run(project('no-binary'), 'check');
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^unknot: cannot start Electron: Electron's binary was never downloaded/,
    );
    expect(lines[0]).toContain('node node_modules/electron/install.js');
    expect(lines[0]).toContain('README');
  });

  it('npm install tries the download npm skipped, and ends with one line, not a stack trace', () => {
    const { status, lines } = run(project('no-binary', FAILING_DOWNLOAD), 'postinstall');
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ENOTFOUND github.com');
    expect(lines[0]).toContain('npm start and npm run dist need it');
  });

  it('says so in one line when the download was switched off', () => {
    const { status, lines } = run(
      project('no-binary', 'throw new Error("must not run")'),
      'postinstall',
      {
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      },
    );
    expect(status).toBe(0);
    expect(lines).toEqual([expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD is set')]);
  });

  it('is silent where the binary is there', () => {
    expect(run(project('binary'), 'check')).toEqual({ status: 0, lines: [] });
    expect(run(project('binary'), 'postinstall')).toEqual({ status: 0, lines: [] });
  });
});
