import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSandboxProblem, readSandboxFacts } from '../../../scripts/sandbox-check.mjs';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest('unknot-sandbox-');
const HELPER = '/p/node_modules/electron/dist/chrome-sandbox';

/** Ubuntu 24.04 as shipped: namespaces blocked, chrome-sandbox as npm unpacked it. */
const ubuntu = {
  platform: 'linux',
  noSandbox: false,
  appArmorRestrict: '1',
  usernsClone: null,
  helper: HELPER,
  helperStat: { uid: 1000, mode: 0o100755 },
};

describe('the chrome-sandbox check before npm start / npm run dev', () => {
  it('on Ubuntu 24.04 names the cause and both fixes in one line', () => {
    const line = getSandboxProblem(ubuntu);
    expect(line).not.toBeNull();
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^unknot: Electron's sandbox cannot start here/);
    expect(line).toContain('kernel.apparmor_restrict_unprivileged_userns=1');
    expect(line).toContain('NO_SANDBOX=1 npm start');
    expect(line).toContain('sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0');
    expect(line).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`);
    expect(line).toContain('README');
  });

  it('is silent once chrome-sandbox is setuid root 4755, or with NO_SANDBOX', () => {
    expect(getSandboxProblem({ ...ubuntu, helperStat: { uid: 0, mode: 0o104755 } })).toBeNull();
    expect(getSandboxProblem({ ...ubuntu, noSandbox: true })).toBeNull();
    // Root-owned but not setuid, or setuid but group-writable: Chromium refuses both.
    expect(getSandboxProblem({ ...ubuntu, helperStat: { uid: 0, mode: 0o100755 } })).not.toBeNull();
    expect(getSandboxProblem({ ...ubuntu, helperStat: { uid: 0, mode: 0o104775 } })).not.toBeNull();
    expect(getSandboxProblem({ ...ubuntu, helperStat: null })).not.toBeNull();
  });

  it('is silent where namespaces are allowed, and off Linux', () => {
    expect(getSandboxProblem({ ...ubuntu, appArmorRestrict: '0' })).toBeNull();
    expect(getSandboxProblem({ ...ubuntu, appArmorRestrict: null })).toBeNull();
    expect(getSandboxProblem({ ...ubuntu, platform: 'darwin' })).toBeNull();
    // Older Debian blocks them its own way.
    expect(getSandboxProblem({ ...ubuntu, appArmorRestrict: null, usernsClone: '0' })).toContain(
      'sudo sysctl -w kernel.unprivileged_userns_clone=1',
    );
  });

  it('reads a fake /proc/sys and the helper file mode', () => {
    const root = tempDir();
    const procSys = join(root, 'proc/sys');
    mkdirSync(join(procSys, 'kernel'), { recursive: true });
    writeFileSync(join(procSys, 'kernel/apparmor_restrict_unprivileged_userns'), '1\n');
    const distDir = join(root, 'dist');
    mkdirSync(distDir);
    writeFileSync(join(distDir, 'chrome-sandbox'), '');
    chmodSync(join(distDir, 'chrome-sandbox'), 0o755);
    const facts = readSandboxFacts({ distDir, procSys, env: {} });
    expect(facts).toMatchObject({
      appArmorRestrict: '1',
      usernsClone: null,
      noSandbox: false,
      helper: join(distDir, 'chrome-sandbox'),
    });
    expect((facts.helperStat?.mode ?? 0) & 0o7777).toBe(0o755);
    expect(readSandboxFacts({ distDir, procSys, env: { NO_SANDBOX: '1' } }).noSandbox).toBe(true);
  });

  it('npm start (the check mode) stops with that one line', () => {
    const root = tempDir();
    const electron = join(root, 'node_modules/electron');
    mkdirSync(join(electron, 'dist'), { recursive: true });
    writeFileSync(join(electron, 'package.json'), '{"name":"electron","version":"41.7.1"}');
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist/electron'), '');
    writeFileSync(join(electron, 'dist/chrome-sandbox'), '');
    const procSys = join(root, 'proc-sys');
    mkdirSync(join(procSys, 'kernel'), { recursive: true });
    writeFileSync(join(procSys, 'kernel/apparmor_restrict_unprivileged_userns'), '1');
    const env: NodeJS.ProcessEnv = { ...process.env, UNKNOT_PROC_SYS: procSys };
    delete env.NO_SANDBOX;
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const script = resolve('scripts/electron-binary.mjs');
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, [script, 'check'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...env, ...extra },
      });
    const blocked = run({});
    // Running as root, the helper is root's; only setuid 4755 counts.
    expect(blocked.status).toBe(process.platform === 'linux' ? 1 : 0);
    if (process.platform === 'linux') {
      expect(blocked.stderr.trim().split('\n')).toEqual([
        expect.stringContaining('NO_SANDBOX=1 npm start'),
      ]);
    }
    expect(run({ NO_SANDBOX: '1' })).toMatchObject({ status: 0, stderr: '' });
  });
});
