import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { findPackagedApp } from './packaged-app';

/**
 * Reads the fuses of the packaged app (npm run dist) and compares them with
 * electron-builder.yml's electronFuses: a fuse the build forgot to flip fails the run.
 * Usage: tsx scripts/check-fuses.ts [distDir]
 */

/** A fuse's byte on the wire: '1' on, '0' off, 'r' removed (@electron/fuses keeps its enum private). */
const ENABLED = 0x31;
const DISABLED = 0x30;

function describe(state: number | undefined): string {
  if (state === ENABLED) return 'enabled';
  if (state === DISABLED) return 'disabled';
  return state === undefined ? 'absent' : `state ${state}`;
}

/** electronFuses' `runAsNode` is the wire's `RunAsNode`, and so on. */
function wireIndex(key: string): number {
  const name = key.charAt(0).toUpperCase() + key.slice(1);
  const index = (FuseV1Options as unknown as Record<string, number | undefined>)[name];
  if (index === undefined) throw new Error(`electron-builder.yml names an unknown fuse: ${key}`);
  return index;
}

/** Every fuse whose state on the wire differs from the config, as "key: want x, got y". */
export function getFuseMismatches(
  expected: Record<string, boolean>,
  wire: Record<number, number | undefined>,
): string[] {
  return Object.entries(expected).flatMap(([key, enabled]) => {
    const state = wire[wireIndex(key)];
    const want = enabled ? ENABLED : DISABLED;
    return state === want ? [] : [`${key}: want ${describe(want)}, got ${describe(state)}`];
  });
}

async function main(): Promise<void> {
  const config = parse(readFileSync(resolve('electron-builder.yml'), 'utf8')) as {
    electronFuses: Record<string, boolean>;
  };
  const app = findPackagedApp(resolve(process.argv[2] ?? 'dist'), process.platform);
  const wire = (await getCurrentFuseWire(app.fusesPath)) as unknown as Record<number, number>;
  const mismatches = getFuseMismatches(config.electronFuses, wire);
  for (const key of Object.keys(config.electronFuses)) {
    console.log(`fuse ${key}: ${describe(wire[wireIndex(key)])}`);
  }
  if (mismatches.length > 0) {
    console.error(`fuses not as electron-builder.yml says:\n  ${mismatches.join('\n  ')}`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('check-fuses.ts')) await main();
