import { TZDate } from '@date-fns/tz';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../src/main/platform/log-store';
import type { AdherenceEvent } from '../../../src/shared/domain';
import { english } from '../../../src/shared/i18n/translator';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 10, 24, 12);
const local = (m: number, d: number, h: number, min = 0) =>
  new TZDate(2026, m - 1, d, h, min, ZONE).getTime();

const event = (id: string, at: number, held: number[] = [30, 30]): AdherenceEvent => ({
  id,
  at,
  kind: 'posture',
  outcome: 'completed',
  exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: held }],
  boutSeconds: 1800,
});

const open = (dir: string) => openLogStore(dir, { timeZone: ZONE, now: () => NOW });
const historyFile = (dir: string, name: string) => join(dir, 'history', name);

describe('log store on real files', () => {
  it('appends across a month boundary (local months) and reads back after reopening', () => {
    const dir = tempDir();
    const log = open(dir);
    // 23:30 UTC on 31 October is already 1 November in Berlin.
    log.append(event('oct', local(10, 31, 23, 0)));
    log.append(event('nov', Date.UTC(2026, 9, 31, 23, 30)));
    log.append(event('nov2', local(11, 2, 9), [60]));
    log.recordBout({ start: local(11, 2, 8), seconds: 3900 });
    log.recordBout({ start: local(11, 2, 14), seconds: 1200 });

    const reopened = open(dir);
    expect(reopened.readMonth('2026-10').map((e) => e.id)).toEqual(['oct']);
    expect(reopened.readMonth('2026-11').map((e) => e.id)).toEqual(['nov', 'nov2']);
    expect(reopened.readRange(local(10, 31, 0), local(11, 2, 9)).map((e) => e.id)).toEqual([
      'oct',
      'nov',
    ]);
    expect(reopened.getDay('2026-11-02')).toEqual({
      careSeconds: 60,
      sittingSeconds: 5100,
      longestBoutSeconds: 3900,
      boutsOver60: 1,
    });
    expect(reopened.getFirstRecordAt()).toBe(local(10, 31, 23, 0));
    // One line per change, appended: the journal is the record.
    const lines = readFileSync(historyFile(dir, 'adherence-2026-11.jsonl'), 'utf8').split('\n');
    expect(lines.slice(0, -1).map((line) => Object.keys(JSON.parse(line)))).toEqual([
      ['event'],
      ['event'],
      ['bout'],
      ['bout'],
    ]);
    expect(reopened.getDayEntry('2026-11-01')?.outcomes.completed).toBe(1);
    expect(reopened.readAll().events.map((e) => e.id)).toEqual(['oct', 'nov', 'nov2']);
  });

  it('records a repeated append once', () => {
    const dir = tempDir();
    const log = open(dir);
    log.append(event('same', local(11, 3, 9)));
    log.append(event('same', local(11, 3, 9)));
    expect(open(dir).readMonth('2026-11')).toHaveLength(1);
    expect(open(dir).getDay('2026-11-03')?.careSeconds).toBe(60);
  });

  function historyOfThreeMonths(dir: string) {
    const log = open(dir);
    log.append(event('oct', local(10, 10, 9)));
    log.append(event('nov', local(11, 10, 9)));
    log.append(event('dec', local(12, 10, 9)));
  }

  /** A month file as builds before the journal wrote it (schema 2, electron-store JSON). */
  function writeLegacyMonth(dir: string, month: string, events: AdherenceEvent[]) {
    const days: Record<string, unknown> = {};
    for (const e of events) {
      days[new Date(e.at).toISOString().slice(0, 10)] = {
        careSeconds: 60,
        sittingSeconds: 3600,
        longestBoutSeconds: 3000,
        boutsOver60: 0,
      };
    }
    writeFileSync(
      historyFile(dir, `adherence-${month}.json`),
      JSON.stringify({ schemaVersion: 2, events, days }, null, '\t'),
    );
  }

  it.each([
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['a file of garbage', () => '\u0000\u00ff\u0013garbage{{{\u0007'],
    ['an empty file', () => ''],
    ['JSON of the wrong shape', () => JSON.stringify({ schemaVersion: 2, events: 'lost' })],
    ['a file from a newer version', () => JSON.stringify({ schemaVersion: 9, entries: [] })],
  ])('sets %s aside with a message and keeps the rest of the history', (_name, damage) => {
    const dir = tempDir();
    historyOfThreeMonths(dir);
    rmSync(historyFile(dir, 'adherence-2026-11.jsonl'));
    writeLegacyMonth(dir, '2026-11', [event('nov', local(11, 10, 9))]);
    const path = historyFile(dir, 'adherence-2026-11.json');
    const damaged = damage(readFileSync(path, 'utf8'));
    writeFileSync(path, damaged);

    const log = open(dir);
    expect(log.readRange(local(10, 1, 0), local(12, 31, 0)).map((e) => e.id)).toEqual([
      'oct',
      'dec',
    ]);
    expect(log.problems).toHaveLength(1);
    expect(english.format(log.problems[0]?.text ?? { id: 'data.cause.unknown' })).toMatch(
      /history file for 2026-11 could not be read .* moved to .*adherence-2026-11\.corrupt-\d+\.json.*rest of your history is intact/,
    );
    const aside = readdirSync(join(dir, 'history')).filter((n) => n.includes('.corrupt-'));
    expect(aside).toEqual([`adherence-2026-11.corrupt-${NOW}.json`]);
    expect(readFileSync(historyFile(dir, aside[0] ?? ''), 'utf8')).toBe(damaged);
    // Never silently replaced: the month file is only written again by a new append.
    expect(existsSync(path)).toBe(false);
    expect(existsSync(historyFile(dir, 'adherence-2026-11.jsonl'))).toBe(false);
    log.append(event('nov-new', local(11, 20, 9)));
    expect(
      open(dir)
        .readMonth('2026-11')
        .map((e) => e.id),
    ).toEqual(['nov-new']);
    expect(readFileSync(historyFile(dir, aside[0] ?? ''), 'utf8')).toBe(damaged);
  });

  it('gives the exact start of the log only when a summary could tell the difference', () => {
    const dir = tempDir();
    historyOfThreeMonths(dir);
    // Summaries from December on: the start of October is as good as 10 October 09:00.
    expect(open(dir).getHistoryStart(local(12, 1, 0))).toBe(local(10, 1, 0));
    expect(open(dir).getHistoryStart(local(10, 20, 0))).toBe(local(10, 10, 9));
    expect(open(tempDir()).getHistoryStart(local(10, 20, 0))).toBeNull();
  });

  it('migrates month files of schema 1 and 2 to journals, keeping every figure', () => {
    const dir = tempDir();
    open(dir).append(event('seed', local(9, 1, 9)));
    const v1 = {
      schemaVersion: 1,
      events: [event('old-a', local(11, 5, 9), [45, 45]), event('old-b', local(11, 5, 15), [30])],
    };
    writeFileSync(historyFile(dir, 'adherence-2026-11.json'), JSON.stringify(v1));
    writeLegacyMonth(dir, '2026-10', [event('oct-a', local(10, 6, 9))]);
    const log = open(dir);
    expect(log.readMonth('2026-11').map((e) => e.id)).toEqual(['old-a', 'old-b']);
    expect(log.getDay('2026-11-05')).toEqual({
      careSeconds: 120,
      sittingSeconds: 0,
      longestBoutSeconds: 0,
      boutsOver60: 0,
    });
    // Schema 2 kept sitting per day only: it is carried over as one line per day.
    expect(log.getDay('2026-10-06')).toEqual({
      careSeconds: 60,
      sittingSeconds: 3600,
      longestBoutSeconds: 3000,
      boutsOver60: 0,
    });
    expect(log.problems).toEqual([]);
    const names = readdirSync(join(dir, 'history')).sort();
    expect(names.filter((n) => n.endsWith('.jsonl'))).toEqual([
      'adherence-2026-09.jsonl',
      'adherence-2026-10.jsonl',
      'adherence-2026-11.jsonl',
    ]);
    // The old files are kept beside, renamed so they are not read again.
    expect(names.filter((n) => n.includes('.migrated-'))).toHaveLength(2);
    expect(open(dir).readMonth('2026-11')).toEqual(v1.events);
  });

  it('appends without reading any other month (a damaged old month stays unread)', () => {
    const dir = tempDir();
    historyOfThreeMonths(dir);
    writeFileSync(historyFile(dir, 'adherence-2026-10.jsonl'), 'garbage');
    const log = open(dir);
    log.append(event('dec-2', local(12, 11, 9)));
    log.recordBout({ start: local(12, 11, 8), seconds: 600 });
    expect(log.problems).toEqual([]);
    expect(readFileSync(historyFile(dir, 'adherence-2026-10.jsonl'), 'utf8')).toBe('garbage');
    // Reading nothing does not create files for empty months either.
    expect(log.readRange(local(1, 1, 0), local(3, 1, 0))).toEqual([]);
    expect(
      readdirSync(join(dir, 'history')).filter((n) => n.startsWith('adherence-2026-0')),
    ).toEqual([]);
  });
});
