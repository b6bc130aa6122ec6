import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../../src/main/platform/settings-store';
import type { DataProblem } from '../../../src/shared/problems';
import { announceSkip } from '../../support/skip-notice';

/**
 * A settings save into a folder the app may not write must fail at once: electron-store's
 * writer retried such a write synchronously for about a second, freezing the main thread.
 * Root ignores folder modes, so the save runs in a child process as `nobody`. The bound
 * of 300 ms is not a speed goal: it only tells "one try" (a few ms) from a retry loop
 * (1,000 ms) with room for a loaded machine.
 */

const NOBODY = 65534;
const NOW = Date.UTC(2026, 10, 25, 12);

let workDir = '';
let childScript = '';

function findSkipReason(): string | null {
  if (process.platform === 'win32') return 'folder modes do not apply on Windows';
  if (process.getuid?.() !== 0) return null;
  try {
    // setpriv must exist, and nobody must be able to run this Node (not under /root).
    const asNobody = ['--reuid', `${NOBODY}`, '--regid', `${NOBODY}`, '--clear-groups'];
    execFileSync('setpriv', [...asNobody, process.execPath, '-e', '0'], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `cannot run Node as nobody with setpriv (${String(error).split('\n')[0]}); root ignores folder modes`;
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'unknot-readonly-'));
  chmodSync(workDir, 0o755);
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
    ssr: { noExternal: true },
    build: {
      ssr: resolve('tests/support/settings-save-child.ts'),
      outDir: join(workDir, 'bundle'),
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  childScript = join(workDir, 'bundle', 'child.mjs');
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface ChildReport {
  blockedMs: number;
  answer: string;
  problems: DataProblem[];
  memoryUnchanged: boolean;
}

/** Runs the child on `dataDir`, as nobody when this process is root. */
function saveAsSomeoneWhoCannotWrite(dataDir: string): ChildReport {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'setpriv' : process.execPath;
  const args = [childScript, dataDir];
  const full = asRoot
    ? ['--reuid', `${NOBODY}`, '--regid', `${NOBODY}`, '--clear-groups', process.execPath, ...args]
    : args;
  const run = spawnSync(command, full, { encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ChildReport;
}

describe('a settings save into a read-only folder', () => {
  const skip = findSkipReason();
  announceSkip('read-only settings save', skip);

  it.skipIf(skip !== null)(
    'fails at once, names the folder on the problems channel and keeps the old settings',
    () => {
      const dataDir = join(workDir, 'data');
      const first = openSettingsStore(dataDir, NOW);
      first.save(first.settings);
      const file = join(dataDir, 'settings.json');
      const saved = readFileSync(file, 'utf8');
      // The folder and file belong to the child's user but are read-only to it.
      chownSync(dataDir, NOBODY, NOBODY);
      chownSync(file, NOBODY, NOBODY);
      chmodSync(file, 0o400);
      chmodSync(dataDir, 0o500);

      const report = saveAsSomeoneWhoCannotWrite(dataDir);

      expect(report.blockedMs).toBeLessThan(300);
      // The window's one line is in words, not the system's "EACCES: permission denied".
      expect(report.answer).toMatch(/settings could not be saved .*not allowed to use/);
      expect(report.answer).not.toMatch(/EACCES/);
      expect(report.memoryUnchanged).toBe(true);
      const problem = report.problems.find((p) => p.key === 'settings:save');
      expect(problem?.message).toEqual({
        id: 'data.settings.saveFailed',
        values: { file, cause: { id: 'data.cause.notAllowed' } },
      });
      expect(problem?.kept).toEqual({ id: 'data.settings.saveKept' });
      expect(readFileSync(file, 'utf8')).toBe(saved);
    },
    60_000,
  );
});
