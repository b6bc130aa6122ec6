import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronLookup = { path: string; skip: null } | { path: null; skip: string };

/**
 * The Electron binary, if this machine has one. The `electron` package resolves to its
 * path, and throws when the binary download never happened (as on offline machines).
 */
export function findElectronBinary(): ElectronLookup {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, skip: null };
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path, skip: null };
    return { path: null, skip: 'the electron package names no binary on this machine' };
  } catch (error) {
    const first = String(error instanceof Error ? error.message : error).split('\n')[0];
    return { path: null, skip: `no Electron binary on this machine (${first})` };
  }
}
