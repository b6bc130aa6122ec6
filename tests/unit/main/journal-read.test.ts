import { TZDate } from '@date-fns/tz';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJournalLine, type JournalLine } from '../../../src/core/journal-format';
import { readJournalAfter, readJournalEnd } from '../../../src/main/platform/journal-read';
import { openLogStore } from '../../../src/main/platform/log-store';
import { openMonthFile } from '../../../src/main/platform/month-file';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const ZONE = 'Europe/Berlin';
const NOW = new TZDate(2026, 10, 20, 18, 0, ZONE).getTime();
const START = new TZDate(2026, 10, 2, 9, 0, ZONE).getTime();
const open = (dir: string) => openLogStore(dir, { timeZone: ZONE, now: () => NOW });
const fileOptions = { timeZone: ZONE, now: () => NOW, report: () => undefined };

/** A break end as the services write it: prompt, bout and engine state, one line. */
function breakEnd(index: number): JournalLine {
  const at = START + index * 1_800_000;
  return {
    event: {
      id: `p${index}`,
      at,
      kind: 'posture',
      outcome: index % 5 === 0 ? 'skipped' : 'completed',
      exercises: [
        { exerciseId: `ex-${index % 7}`, heldSeconds: [30, 30] },
        { exerciseId: `ex-${(index + 3) % 7}`, heldSeconds: [40] },
      ],
      boutSeconds: 1800,
    },
    bout: { start: at - 1_800_000, seconds: 1800 },
    engine: {
      version: 1,
      pausedUntil: null,
      snoozeCount: index % 3,
      lastBreakAt: { posture: at },
      recentExercises: [],
    },
    writtenAt: at + 60_000,
  };
}

function write(dir: string, lines: number): void {
  const log = open(dir);
  for (let index = 0; index < lines; index += 1) log.record(breakEnd(index));
}

describe('partial journal reads', () => {
  it('finds the same engine state and last exercises from the end as a whole parse', () => {
    const dir = tempDir();
    write(dir, 400);
    const history = join(dir, 'history');
    const whole = openMonthFile(history, '2026-11', fileOptions);
    const end = readJournalEnd(history, '2026-11', 100);
    expect(end?.engine).toEqual(whole.lastEngine());
    expect(end?.done.slice(-100)).toEqual(whole.done.slice(-100));
    expect(open(dir).getLatestEngineState()).toEqual({
      ...whole.lastEngine(),
      done: whole.done.slice(-100),
    });
  });

  it('adds the lines after the open month’s stored index to it, equal to a full recount', () => {
    const dir = tempDir();
    write(dir, 30);
    const history = join(dir, 'history');
    // A fresh open indexes the open month...
    const first = open(dir);
    const expectedBefore = first.getDayEntry('2026-11-02');
    expect(readdirSync(history)).toContain('days-2026-11.json');
    // ...and a later start adds what was written since, without a full parse.
    const log = open(dir);
    for (let index = 30; index < 60; index += 1) log.record(breakEnd(index));
    const fresh = open(dir);
    const full = openMonthFile(history, '2026-11', fileOptions);
    for (const date of Object.keys(full.days))
      expect(fresh.getDayEntry(date)).toEqual(full.days[date]);
    expect(fresh.getDayEntry('2026-11-02')).not.toEqual(expectedBefore);
  });

  it('leaves a torn last line to the full open, which sets it aside', () => {
    const dir = tempDir();
    write(dir, 10);
    const history = join(dir, 'history');
    open(dir).getDayEntry('2026-11-02');
    appendFileSync(join(history, 'adherence-2026-11.jsonl'), formatJournalLine(breakEnd(10)));
    appendFileSync(join(history, 'adherence-2026-11.jsonl'), '{"event":{"id":"p11","at"');
    expect(readJournalAfter(history, '2026-11', 0)).toBeNull();
    const fresh = open(dir);
    expect(fresh.getDayEntry('2026-11-02')?.outcomes.completed).toBe(
      openMonthFile(history, '2026-11', fileOptions).days['2026-11-02']?.outcomes.completed,
    );
    expect(fresh.problems.map((problem) => problem.text.id)).toContain('data.log.torn');
  });
});
