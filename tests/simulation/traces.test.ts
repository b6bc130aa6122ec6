import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/simulate';
import { announceSkip } from '../support/skip-notice';
import type { Expected } from './expected';
import { EXPECTED_CHOICES } from './expected-choices';
import { EXPECTED_CLOCK } from './expected-clock';
import { EXPECTED_DAYS } from './expected-days';
import { EXPECTED_HOURS } from './expected-hours';
import { EXPECTED_FOCUS } from './expected-focus';
import { EXPECTED_SAFETY } from './expected-safety';

/**
 * Every trace under traces/ replayed through the replay CLI, its events asserted.
 * Events are written "HH:MM:SS±hh:mm type kind [outcome]" in the trace's zone, on the
 * real timeline; "(wall ...)" shows what the simulated clock read when it differed; a
 * held break shows its reason, and its notice "(waited reason)".
 */

const TRACES = resolve('tests/simulation/traces');
const BUILT_CLI = resolve('out/cli/simulate.js');
const run = promisify(execFile);

const EXPECTED: Record<string, Expected> = {
  ...EXPECTED_DAYS,
  ...EXPECTED_CLOCK,
  ...EXPECTED_CHOICES,
  ...EXPECTED_HOURS,
  ...EXPECTED_FOCUS,
  ...EXPECTED_SAFETY,
};

/** Runs the CLI's main on a trace, as `npm run simulate -- file` does. */
function simulate(file: string): { code: number; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = main(
    [file],
    (line) => lines.push(line),
    (line) => errors.push(line),
  );
  return { code, lines, errors };
}

function compact(line: string): string {
  const e = JSON.parse(line) as {
    at: string;
    wall?: string;
    type: string;
    kind: string;
    outcome?: string;
    reason?: string;
    waited?: string;
    quiet?: boolean;
  };
  const outcome = e.outcome ? ` ${e.outcome}` : '';
  const reason = e.reason ? ` ${e.reason}` : '';
  const waited = e.waited ? ` (waited ${e.waited}${e.quiet ? ', quiet' : ''})` : '';
  const quiet = !e.waited && e.quiet ? ' (quiet)' : '';
  const wall = e.wall ? ` (wall ${e.wall.slice(11)})` : '';
  return `${e.at.slice(11)} ${e.type} ${e.kind}${outcome}${reason}${waited}${quiet}${wall}`;
}

const files = readdirSync(TRACES).filter((name) => name.endsWith('.jsonl'));

describe('scenario traces through the replay CLI', () => {
  it('has at least ten traces, each with expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.map((name) => name.replace('.jsonl', '')).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.why}`, () => {
      const { code, lines, errors } = simulate(join(TRACES, `${name}.jsonl`));
      expect(errors).toEqual([]);
      expect(code).toBe(0);
      const summary = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
      expect(lines.slice(0, -1).map(compact)).toEqual(expected.events);
      expect(summary).toMatchObject({ type: 'summary', ...expected.summary });
      expect(summary.wakeups).toEqual(expect.any(Number));
    });
  }

  it('gives the same lines from the built file run with node', async () => {
    if (!existsSync(BUILT_CLI)) {
      if (process.env.CI) throw new Error(`${BUILT_CLI} is missing: npm test builds it first`);
      announceSkip('built replay CLI', 'out/cli/simulate.js not built (run npm run build)');
      return;
    }
    const runs = await Promise.all(
      files.map(async (name) => {
        const file = join(TRACES, name);
        const { stdout, stderr } = await run(process.execPath, [BUILT_CLI, file]);
        return { stdout, stderr, expected: simulate(file).lines };
      }),
    );
    for (const { stdout, stderr, expected } of runs) {
      expect(stderr).toBe('');
      expect(stdout.trim().split('\n')).toEqual(expected);
    }
  }, 120_000);

  it('names the line at fault in a bad trace, and exits 2', () => {
    const { code, errors } = simulate(join(TRACES, '..', 'bad-trace.txt'));
    expect(code).toBe(2);
    expect(errors).toEqual([
      expect.stringMatching(/^bad-trace.txt:3: .*events must be in time order/),
    ]);
    expect(simulate(join(TRACES, 'nope.jsonl')).errors).toEqual([
      expect.stringMatching(/no such file/),
    ]);
  });
});
