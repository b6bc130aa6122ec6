import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogStore } from '../../../src/main/platform/log-store';

/** Three independent logs killed side by side (Node's own start-up dominates each kill). */
const LANES = 3;
const KILLS_PER_LANE = 17;
const KILLS = LANES * KILLS_PER_LANE;
/** 22:00 UTC on 31 October; the child steps 2 h per append, so each run crosses into November. */
const FIRST_EVENT = Date.UTC(2026, 9, 31, 22, 0);

let workDir = '';
let childScript = '';

/** Bundles the child (real log store, electron-store, conf) into one file plain Node runs fast. */
beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'unknot-crash-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
    ssr: { noExternal: true },
    build: {
      ssr: resolve('tests/support/log-crash-child.ts'),
      outDir: join(workDir, 'bundle'),
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  childScript = join(workDir, 'bundle', 'child.mjs');
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs the child until a random moment after its first append, then SIGKILLs it. */
function runAndKill(dataDir: string, prefix: string): Promise<{ acked: string[]; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, dataDir, prefix, String(FIRST_EVENT)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 25);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`child ended on its own: ${stderr}`));
      // Only whole lines: each was written after its append had returned.
      const acked = stdout.split('\n').slice(0, -1);
      done({ acked, stderr });
    });
  });
}

describe('log store under SIGKILL', () => {
  /** One log, killed KILLS_PER_LANE times; after each kill it must parse and hold every acked id. */
  async function lane(dataDir: string, name: string): Promise<Set<string>> {
    const acknowledged = new Set<string>();
    for (let run = 0; run < KILLS_PER_LANE; run += 1) {
      const { acked, stderr } = await runAndKill(dataDir, `${name}r${run}`);
      expect(stderr).toBe('');
      expect(acked.length).toBeGreaterThan(0);
      acked.forEach((id) => acknowledged.add(id));

      const log = openLogStore(dataDir, { timeZone: 'UTC' });
      const stored = new Set(log.readAll().events.map((event) => event.id));
      // A kill inside write() could leave half a line: that is set aside, never an acked one.
      expect(log.problems.filter((p) => p.text.id !== 'data.log.torn')).toEqual([]);
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(lost, `${name}: after kill ${run + 1}`).toEqual([]);
    }
    const files = readdirSync(join(dataDir, 'history'));
    expect(files).toContain('adherence-2026-10.jsonl');
    expect(files).toContain('adherence-2026-11.jsonl');
    return acknowledged;
  }

  it(`keeps every acknowledged append and stays readable across ${KILLS} kills`, async () => {
    const names = Array.from({ length: LANES }, (_, index) => `lane${index}`);
    const results = await Promise.all(names.map((name) => lane(join(workDir, name), name)));
    const acknowledged = results.reduce((sum, set) => sum + set.size, 0);
    const leftovers = names
      .flatMap((name) => readdirSync(join(workDir, name, 'history')))
      .filter((file) => file.includes('.tmp-')).length;
    console.info(
      `[log-crash] ${KILLS} kills, ${acknowledged} acknowledged appends, ` +
        `${leftovers} temp files of killed writes left (older ones are removed on the next open)`,
    );
    expect(acknowledged).toBeGreaterThanOrEqual(KILLS);
    // Appends write no temp files at all; any other temp file is removed on the next open.
    expect(leftovers).toBe(0);
    // About 10 s on an idle two-core machine; each kill waits for a Node start and an fsync.
  }, 180_000);
});
