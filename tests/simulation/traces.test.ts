import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/simulate';
import { announceSkip } from '../support/skip-notice';

/**
 * Every trace under traces/ replayed through the replay CLI, its events asserted.
 * Events are written "HH:MM:SS±hh:mm type kind [outcome]" in the trace's zone, on the
 * real timeline; "(wall ...)" shows what the simulated clock read when it differed.
 */

const TRACES = resolve('tests/simulation/traces');
const BUILT_CLI = resolve('out/cli/simulate.js');
const run = promisify(execFile);

interface Expected {
  why: string;
  events: string[];
  summary: Record<string, unknown>;
}

const EXPECTED: Record<string, Expected> = {
  'clock-jumped-by-hand': {
    why: 'Clock set an hour ahead, then half an hour back: breaks stay on the real timeline, sitting is not lost.',
    events: [
      '09:29:00+01:00 notice posture (wall 10:29:00+01:00)',
      '09:30:00+01:00 breakOpen posture (wall 10:30:00+01:00)',
      '09:31:30+01:00 breakEnd posture completed (wall 10:31:30+01:00)',
      '10:00:00+01:00 notice movement (wall 11:00:00+01:00)',
      '10:01:00+01:00 breakOpen movement (wall 11:01:00+01:00)',
      '10:05:30+01:00 breakEnd movement completed (wall 11:05:30+01:00)',
      '10:34:30+01:00 notice posture (wall 10:04:30+01:00)',
      '10:35:30+01:00 breakOpen posture (wall 10:05:30+01:00)',
      '10:37:00+01:00 breakEnd posture completed (wall 10:07:00+01:00)',
    ],
    summary: { sittingMinutes: 91, longestBoutMinutes: 31, prompts: 3, outcomes: { completed: 3 } },
  },
  'dst-autumn': {
    why: 'Sitting through the repeated 02:00–03:00 hour: breaks keep a real 30-minute rhythm, none lost or doubled.',
    events: [
      '01:59:00+02:00 notice posture',
      '02:00:00+02:00 breakOpen posture',
      '02:01:30+02:00 breakEnd posture completed',
      '02:30:00+02:00 notice movement',
      '02:31:00+02:00 breakOpen movement',
      '02:35:30+02:00 breakEnd movement completed',
      '02:04:30+01:00 notice posture',
      '02:05:30+01:00 breakOpen posture',
      '02:07:00+01:00 breakEnd posture completed',
      '02:35:30+01:00 notice movement',
      '02:36:30+01:00 breakOpen movement',
      '02:41:00+01:00 breakEnd movement completed',
      '03:10:00+01:00 notice posture',
      '03:11:00+01:00 breakOpen posture',
      '03:12:30+01:00 breakEnd posture completed',
    ],
    summary: {
      sittingMinutes: 169,
      longestBoutMinutes: 31,
      prompts: 5,
      outcomes: { completed: 5 },
    },
  },
  'dst-spring': {
    why: 'Sitting through 02:00 → 03:00 (CET → CEST): breaks keep a real 30-minute rhythm, no storm at the jump.',
    events: [
      '01:29:00+01:00 notice posture',
      '01:30:00+01:00 breakOpen posture',
      '01:31:30+01:00 breakEnd posture completed',
      '03:00:00+02:00 notice movement',
      '03:01:00+02:00 breakOpen movement',
      '03:05:30+02:00 breakEnd movement completed',
      '03:34:30+02:00 notice posture',
      '03:35:30+02:00 breakOpen posture',
      '03:37:00+02:00 breakEnd posture completed',
    ],
    summary: {
      sittingMinutes: 114,
      longestBoutMinutes: 31,
      prompts: 3,
      outcomes: { completed: 3 },
    },
  },
  'ignored-break': {
    why: 'The window is ignored while typing goes on: missed 10 minutes after it took focus.',
    events: [
      '14:29:00+01:00 notice posture',
      '14:30:00+01:00 breakOpen posture',
      '14:40:30+01:00 breakEnd posture missed',
    ],
    summary: { sittingMinutes: 45, longestBoutMinutes: 45, prompts: 1, outcomes: { missed: 1 } },
  },
  'lock-over-lunch': {
    why: "Away from the lock's start: natural posture break 3 minutes in, movement 5 minutes in; nothing wakes during the lock; a new bout from the unlock.",
    events: [
      '11:58:10+01:00 naturalBreak posture',
      '12:00:10+01:00 naturalBreak movement',
      '13:24:00+01:00 notice posture',
      '13:25:00+01:00 breakOpen posture',
      '13:26:30+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 69, longestBoutMinutes: 31, prompts: 1, outcomes: { completed: 1 } },
  },
  'no-idle-source': {
    why: 'No idle source: breaks follow the clock (nobody answers, so the first is missed).',
    events: [
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:40:30+01:00 breakEnd posture missed',
      '09:59:00+01:00 notice movement',
      '10:00:00+01:00 breakOpen movement',
    ],
    summary: { sittingMinutes: 70, longestBoutMinutes: 70, prompts: 1, outcomes: { missed: 1 } },
  },
  'normal-office-day': {
    why: 'Meeting (locked 10:20–11:05) and lunch (12:30–13:15) count as natural breaks; a 2-minute pause at 14:00 does not; nothing after 17:30.',
    events: [
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:31:30+01:00 breakEnd posture completed',
      '10:00:00+01:00 notice movement',
      '10:01:00+01:00 breakOpen movement',
      '10:05:30+01:00 breakEnd movement completed',
      '10:23:30+01:00 naturalBreak posture',
      '10:25:30+01:00 naturalBreak movement',
      '11:34:00+01:00 notice posture',
      '11:35:00+01:00 breakOpen posture',
      '11:36:30+01:00 breakEnd posture completed',
      '12:05:00+01:00 notice movement',
      '12:06:00+01:00 breakOpen movement',
      '12:10:30+01:00 breakEnd movement completed',
      '12:33:00+01:00 naturalBreak posture',
      '12:35:00+01:00 naturalBreak movement',
      '13:44:00+01:00 notice posture',
      '13:45:00+01:00 breakOpen posture',
      '13:46:30+01:00 breakEnd posture completed',
      '14:15:00+01:00 notice movement',
      '14:16:00+01:00 breakOpen movement',
      '14:20:30+01:00 breakEnd movement completed',
      '14:49:30+01:00 notice posture',
      '14:50:30+01:00 breakOpen posture',
      '14:52:00+01:00 breakEnd posture completed',
      '15:20:30+01:00 notice movement',
      '15:21:30+01:00 breakOpen movement',
      '15:26:00+01:00 breakEnd movement completed',
      '15:55:00+01:00 notice posture',
      '15:56:00+01:00 breakOpen posture',
      '15:57:30+01:00 breakEnd posture completed',
      '16:26:00+01:00 notice movement',
      '16:27:00+01:00 breakOpen movement',
      '16:31:30+01:00 breakEnd movement completed',
      '17:00:30+01:00 notice posture',
      '17:01:30+01:00 breakOpen posture',
      '17:03:00+01:00 breakEnd posture completed',
    ],
    summary: {
      sittingMinutes: 395,
      longestBoutMinutes: 31,
      prompts: 11,
      outcomes: { completed: 11 },
    },
  },
  'overnight-suspend': {
    why: 'No backlog after the night: the evening bout ends at the suspend, the first break comes 30 minutes after waking.',
    events: [
      '08:30:00+01:00 naturalBreak posture',
      '08:30:00+01:00 naturalBreak movement',
      '08:59:01+01:00 notice posture',
      '09:00:01+01:00 breakOpen posture',
      '09:01:31+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 59, longestBoutMinutes: 31, prompts: 1, outcomes: { completed: 1 } },
  },
  'pause-and-resume': {
    why: 'Paused for an hour, then until resumed: no prompts, and the bout starts again from the resume.',
    events: [
      '11:19:01+01:00 notice posture',
      '11:20:01+01:00 breakOpen posture',
      '11:21:31+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 54, longestBoutMinutes: 31, prompts: 1, outcomes: { completed: 1 } },
  },
  'reading-without-input': {
    why: 'A scroll every 2–3 minutes while reading: the bout never breaks, so the posture break still comes at 30 minutes.',
    events: [
      '10:29:00+01:00 notice posture',
      '10:30:00+01:00 breakOpen posture',
      '10:31:30+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 39, longestBoutMinutes: 31, prompts: 1, outcomes: { completed: 1 } },
  },
  'snooze-until-limit': {
    why: 'Two snoozes of 5 minutes, then no snooze is left and the person does the break.',
    events: [
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:30:33+01:00 breakEnd posture snoozed',
      '09:34:33+01:00 notice posture',
      '09:35:33+01:00 breakOpen posture',
      '09:36:06+01:00 breakEnd posture snoozed',
      '09:40:06+01:00 notice posture',
      '09:41:06+01:00 breakOpen posture',
      '09:42:36+01:00 breakEnd posture completed',
    ],
    summary: {
      sittingMinutes: 49,
      longestBoutMinutes: 42,
      prompts: 3,
      outcomes: { snoozed: 2, completed: 1 },
    },
  },
  'strict-mode-day': {
    why: 'Strict mode: the person presses Skip every time and it counts as partial; a break started by hand too.',
    events: [
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:30:33+01:00 breakEnd posture partial',
      '09:59:03+01:00 notice movement',
      '10:00:03+01:00 breakOpen movement',
      '10:00:36+01:00 breakEnd movement partial',
      '10:29:36+01:00 notice posture',
      '10:30:36+01:00 breakOpen posture',
      '10:31:09+01:00 breakEnd posture partial',
      '10:35:00+01:00 breakOpen movement',
      '10:35:03+01:00 breakEnd movement partial',
      '11:04:03+01:00 notice posture',
      '11:05:03+01:00 breakOpen posture',
      '11:05:36+01:00 breakEnd posture partial',
    ],
    summary: { sittingMinutes: 130, longestBoutMinutes: 31, prompts: 5, outcomes: { partial: 5 } },
  },
  'timezone-travel': {
    why: 'Flew to New York at 17:00 Berlin time: working hours follow the new zone, so breaks go on past 17:30 Berlin time.',
    events: [
      '16:59:00+01:00 notice posture',
      '11:00:00-05:00 breakOpen posture',
      '11:01:30-05:00 breakEnd posture completed',
      '11:30:00-05:00 notice movement',
      '11:31:00-05:00 breakOpen movement',
      '11:35:30-05:00 breakEnd movement completed',
      '12:04:30-05:00 notice posture',
      '12:05:30-05:00 breakOpen posture',
      '12:07:00-05:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 91, longestBoutMinutes: 31, prompts: 3, outcomes: { completed: 3 } },
  },
  'walk-away-after-notice': {
    why: 'Left 40 s after the notice: the break that opened meanwhile ends as natural 3 minutes after the last input.',
    events: [
      '14:29:00+01:00 notice posture',
      '14:30:00+01:00 breakOpen posture',
      '14:32:20+01:00 breakEnd posture natural',
      '14:32:20+01:00 naturalBreak posture',
      '14:34:20+01:00 naturalBreak movement',
    ],
    summary: { sittingMinutes: 34, longestBoutMinutes: 29, prompts: 1, outcomes: { natural: 1 } },
  },
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
  };
  const outcome = e.outcome ? ` ${e.outcome}` : '';
  const wall = e.wall ? ` (wall ${e.wall.slice(11)})` : '';
  return `${e.at.slice(11)} ${e.type} ${e.kind}${outcome}${wall}`;
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
