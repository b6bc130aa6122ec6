import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronLookup = { path: string; missing: null } | { path: null; missing: string };

/**
 * The Electron binary, if this machine has one. The `electron` package resolves to its
 * path, and throws when the binary download never happened (as on offline machines).
 */
export function findElectronBinary(): ElectronLookup {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, missing: null };
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path, missing: null };
    return { path: null, missing: 'the electron package names no binary on this machine' };
  } catch (error) {
    const first = String(error instanceof Error ? error.message : error).split('\n')[0];
    return { path: null, missing: `no Electron binary on this machine (${first})` };
  }
}

/**
 * Which backend the Electron spec runs on: the real binary where there is one, else the
 * stand-in (tests/shell). UNKNOT_REQUIRE_ELECTRON=1 (the real-runner CI) makes a missing
 * binary a failure.
 */
export function chooseElectronBackend():
  { kind: 'electron'; path: string } | { kind: 'stand-in'; why: string } {
  const found = findElectronBinary();
  if (found.path !== null) return { kind: 'electron', path: found.path };
  if (process.env.UNKNOT_REQUIRE_ELECTRON === '1') {
    throw new Error(`UNKNOT_REQUIRE_ELECTRON=1 but ${found.missing}`);
  }
  return { kind: 'stand-in', why: found.missing };
}
