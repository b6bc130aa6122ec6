/* global process */
// Plain JavaScript, no dependencies: imported by electron-binary.mjs (prestart / predev).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Ubuntu 24.04 and later (AppArmor) block unprivileged user namespaces, so Chromium's
 * namespace sandbox cannot start; its fallback, the setuid helper chrome-sandbox, works
 * only when owned by root with mode 4755, which npm never makes it. An unpackaged
 * Electron then dies with a FATAL line about the SUID sandbox. This names the cause and
 * both fixes first, in one line.
 */

const README = 'README, "Ubuntu 24.04 and the Chromium sandbox"';

const readSysctl = (procSys, name) => {
  try {
    return readFileSync(join(procSys, ...name.split('.')), 'utf8').trim();
  } catch {
    return null;
  }
};

/** What the decision needs, read from this machine (`procSys` and the folder for tests). */
export function readSandboxFacts({ distDir, procSys = '/proc/sys', env = process.env }) {
  const helper = join(distDir, 'chrome-sandbox');
  let helperStat = null;
  try {
    const stat = statSync(helper);
    helperStat = { uid: stat.uid, mode: stat.mode };
  } catch {
    // Missing: no setuid fallback either.
  }
  return {
    platform: process.platform,
    noSandbox: Boolean(env.NO_SANDBOX || env.ELECTRON_DISABLE_SANDBOX),
    appArmorRestrict: readSysctl(procSys, 'kernel.apparmor_restrict_unprivileged_userns'),
    usernsClone: readSysctl(procSys, 'kernel.unprivileged_userns_clone'),
    helper,
    helperStat,
  };
}

/** The one line to print, or null when Electron's sandbox can start (or is not used). */
export function getSandboxProblem(facts) {
  if (facts.platform !== 'linux' || facts.noSandbox) return null;
  let blocked = null;
  if (facts.appArmorRestrict === '1') blocked = 'kernel.apparmor_restrict_unprivileged_userns=1';
  else if (facts.usernsClone === '0') blocked = 'kernel.unprivileged_userns_clone=0';
  if (!blocked) return null;
  const stat = facts.helperStat;
  // Setuid root, and no one but root may write it (Chromium checks 4755 exactly).
  if (stat && stat.uid === 0 && (stat.mode & 0o7777) === 0o4755) return null;
  const sysctl = blocked.replace(/=\d$/, blocked.endsWith('=1') ? '=0' : '=1');
  return (
    `unknot: Electron's sandbox cannot start here: this system blocks unprivileged user namespaces (${blocked}) ` +
    `and ${facts.helper} is not setuid root. For a dev run: \`NO_SANDBOX=1 npm start\` (or \`NO_SANDBOX=1 npm run dev\`); ` +
    `to fix it for good: \`sudo sysctl -w ${sysctl}\`, or \`sudo chown root:root ${facts.helper} && sudo chmod 4755 ${facts.helper}\` — see the ${README}.`
  );
}
