import { TZDate } from '@date-fns/tz';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../../src/core/journal-format';
import { openLogStore } from '../../../src/main/platform/log-store';
import type { AdherenceEvent } from '../../../src/shared/domain';
import { english } from '../../../src/shared/i18n/translator';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 10, 24, 12);
const local = (d: number, h: number) => new TZDate(2026, 10, d, h, 0, ZONE).getTime();
const event = (id: string, at: number): AdherenceEvent => ({
  id,
  at,
  kind: 'posture',
  outcome: 'completed',
  exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
  boutSeconds: 1800,
});
const open = (dir: string) => openLogStore(dir, { timeZone: ZONE, now: () => NOW });
const journal = (dir: string) => join(dir, 'history', 'adherence-2026-11.jsonl');

describe('journal lines', () => {
  const line = (id: string) => JSON.stringify({ event: event(id, local(3, 9)) });

  it('takes every whole line, a valid last line without its newline, and flags a torn one', () => {
    expect(parseJournal(`${line('a')}\n${line('b')}\n`)).toMatchObject({
      torn: null,
      missingNewline: false,
      damagedLines: [],
    });
    expect(parseJournal(`${line('a')}\n${line('b')}`)).toMatchObject({ missingNewline: true });
    const torn = parseJournal(`${line('a')}\n${line('b').slice(0, 30)}`);
    expect(torn.changes).toHaveLength(1);
    expect(torn.torn).toBe(line('b').slice(0, 30));
    expect(torn.wholeBytes).toBe(Buffer.byteLength(`${line('a')}\n`));
    const damaged = parseJournal(`${line('a')}\n{"event":{"id":""}}\nnot json\n${line('c')}\n`);
    expect(damaged.changes.map((c) => c.event?.id)).toEqual(['a', 'c']);
    expect(damaged.damagedLines).toEqual([2, 3]);
  });
});

describe('log journal on real files', () => {
  it('sets a torn last line aside, cuts it off, and appends on a clean line after it', () => {
    const dir = tempDir();
    open(dir).append(event('a', local(3, 9)));
    const whole = readFileSync(journal(dir), 'utf8');
    writeFileSync(journal(dir), `${whole}{"event":{"id":"b","at":17`);

    const log = open(dir);
    expect(log.readMonth('2026-11').map((e) => e.id)).toEqual(['a']);
    expect(log.problems[0]?.text).toMatchObject({
      id: 'data.log.torn',
      values: { month: '2026-11' },
    });
    const aside = readdirSync(join(dir, 'history')).filter((n) => n.includes('.torn-'));
    expect(readFileSync(join(dir, 'history', aside[0] ?? ''), 'utf8')).toBe(
      '{"event":{"id":"b","at":17',
    );
    expect(readFileSync(journal(dir), 'utf8')).toBe(whole);
    log.append(event('c', local(4, 9)));
    expect(
      open(dir)
        .readMonth('2026-11')
        .map((e) => e.id),
    ).toEqual(['a', 'c']);
    expect(open(dir).problems).toEqual([]);
  });

  it('keeps a whole last line that lost only its newline, and skips damaged lines', () => {
    const dir = tempDir();
    open(dir).append(event('a', local(3, 9)));
    const whole = readFileSync(journal(dir), 'utf8');
    writeFileSync(journal(dir), `garbage\n${whole.trimEnd()}`);
    const log = open(dir);
    log.append(event('b', local(4, 9)));
    const reopened = open(dir);
    expect(reopened.readMonth('2026-11').map((e) => e.id)).toEqual(['a', 'b']);
    expect(reopened.problems.map((p) => p.text)).toEqual([
      { id: 'data.log.damagedLines', values: { count: 1, month: '2026-11', lines: '1' } },
    ]);
    expect(readFileSync(journal(dir), 'utf8').startsWith('garbage\n')).toBe(true);
  });

  it('removes temp files of writes cut short when it opens', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'history'));
    const leftovers = ['adherence-2026-11.json.tmp-4242', 'days-2026-10.json.tmp-17'];
    for (const name of leftovers) writeFileSync(join(dir, 'history', name), '{');
    writeFileSync(join(dir, 'history', 'notes.tmp-1'), 'not ours');
    open(dir);
    expect(readdirSync(join(dir, 'history'))).toEqual(['notes.tmp-1']);
  });

  it('keeps an outcome in memory while its month cannot be read, says so, and saves it later', () => {
    const dir = tempDir();
    // A folder where the month file should be: reading it fails with EISDIR.
    mkdirSync(journal(dir), { recursive: true });
    const log = open(dir);
    const problems: string[] = [];
    log.onProblem((problem) => problems.push(english.format(problem.text)));
    expect(() => log.append(event('kept', local(3, 9)))).not.toThrow();
    expect(log.pendingCount).toBe(1);
    expect(problems).toEqual([
      expect.stringMatching(
        /could not be saved .*a folder stands where a file should be.* keeps it in memory/,
      ),
    ]);
    // Reads give an empty month (the break window still opens), reported once.
    expect(log.getDay('2026-11-03')).toBeUndefined();
    expect(log.getDay('2026-11-04')).toBeUndefined();
    expect(problems[1]).toMatch(/could not be read \(a folder stands where a file should be/);
    expect(log.retryPending()).toBe(false);
    expect(problems).toHaveLength(2);

    rmSync(journal(dir), { recursive: true });
    expect(log.retryPending()).toBe(true);
    expect(log.pendingCount).toBe(0);
    expect(
      open(dir)
        .readMonth('2026-11')
        .map((e) => e.id),
    ).toEqual(['kept']);
  });
});
