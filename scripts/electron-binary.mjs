/* global process, console */
// Plain JavaScript, no dependencies: it runs from `postinstall`, before anything else
// can be relied on, and from `prestart` / `predev`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSandboxProblem, readSandboxFacts } from './sandbox-check.mjs';

/**
 * Electron's binary comes from GitHub, not from the npm registry. Where it cannot be
 * downloaded (no access to GitHub), or npm skipped Electron's install script (npm 11's
 * allowScripts), `npm install` and `npm start` end with one line from us that says what
 * happened and what to do, instead of a stack trace.
 *
 *   node scripts/electron-binary.mjs postinstall   fetch the binary if missing; never fails
 *   node scripts/electron-binary.mjs check         exit 1 with one line if it is missing,
 *                                                  or if its sandbox cannot start (Ubuntu 24.04+)
 */

const README = 'README, "Machines without the Electron binary"';

/** Why Electron's binary is not usable from `root`, or null when it is. */
function getElectronBinaryProblem(root) {
  const electron = join(root, 'node_modules', 'electron');
  if (!existsSync(join(electron, 'package.json'))) return 'the electron package is not installed';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const pathFile = join(electron, 'path.txt');
  if (!existsSync(pathFile)) return "Electron's binary was never downloaded";
  const binary = join(electron, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? null : `Electron's binary is missing (${binary})`;
}

function fetchBinary(root) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
    cwd: join(root, 'node_modules/electron'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Only the error's first line: the download's stack trace says nothing more.
  const said = `${result.stderr ?? ''}`.split('\n').find((line) => /error/i.test(line));
  return said?.trim() ?? (result.status === 0 ? '' : `install.js exited ${String(result.status)}`);
}

function main(mode, root) {
  let problem = getElectronBinaryProblem(root);
  if (mode === 'postinstall') {
    if (problem && problem !== 'the electron package is not installed') {
      if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
        problem = `${problem} (ELECTRON_SKIP_BINARY_DOWNLOAD is set)`;
      } else {
        const reason = fetchBinary(root);
        problem = getElectronBinaryProblem(root);
        if (problem && reason) problem = `${problem}: ${reason}`;
      }
    }
    if (problem) {
      console.log(
        `unknot: ${problem}. Tests, lint and builds work without it; npm start and npm run dist need it — see the ${README}.`,
      );
    }
    return 0;
  }
  if (problem) {
    console.error(
      `unknot: cannot start Electron: ${problem}. With access to GitHub run \`node node_modules/electron/install.js\`; see the ${README}.`,
    );
    return 1;
  }
  const distDir =
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(root, 'node_modules/electron/dist');
  // UNKNOT_PROC_SYS: tests point it at a fake /proc/sys.
  const sandbox = getSandboxProblem(
    readSandboxFacts({ distDir, procSys: process.env.UNKNOT_PROC_SYS ?? '/proc/sys' }),
  );
  if (sandbox) {
    console.error(sandbox);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv[2] ?? 'check', process.cwd());
