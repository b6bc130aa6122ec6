import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTensionStore } from '../../../src/main/platform/tension-store';
import { message, type Message } from '../../../src/shared/i18n/message';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const checkIn = (id: string) => ({
  id,
  at: NOW,
  ratings: { neck: 4 },
  redFlags: [],
  emergency: false,
});

describe('tension store: files it cannot use are set aside, never overwritten', () => {
  const shapes: [string, string, Message][] = [
    ['a list', '[]', message('data.reason.notObject')],
    ['null', 'null', message('data.reason.notObject')],
    [
      'an object for checkIns',
      '{"schemaVersion":1,"checkIns":{"neck":3}}',
      message('data.reason.notList'),
    ],
    [
      'a newer schema version',
      '{"schemaVersion":2,"checkIns":[{"future":true}]}',
      message('data.reason.newer', { version: 2 }),
    ],
  ];
  for (const [what, bytes, reason] of shapes) {
    it(`keeps the original bytes of a file holding ${what}, and the next check-in leaves them`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'tension.json'), bytes);
      const store = openTensionStore(dir, NOW);
      expect(store.readAll()).toEqual([]);
      expect(store.problems).toEqual([
        {
          path: '',
          text: {
            id: 'data.tension.setAside',
            values: { reason, file: expect.stringMatching(/tension\.unreadable-\d+\.json$/) },
          },
        },
      ]);
      store.append(checkIn('new'));
      const aside = readdirSync(dir).filter((name) => name.startsWith('tension.unreadable-'));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe(bytes);
      expect(
        openTensionStore(dir, NOW)
          .readAll()
          .map((c) => c.id),
      ).toEqual(['new']);
    });
  }

  it('keeps a skipped entry in the file when the next check-in is written', () => {
    const dir = tempDir();
    const bad = { id: 'bad', at: NOW, ratings: { neck: 40 }, redFlags: [], emergency: false };
    writeFileSync(
      join(dir, 'tension.json'),
      JSON.stringify({ schemaVersion: 1, checkIns: [checkIn('ok'), bad] }),
    );
    openTensionStore(dir, NOW).append(checkIn('next'));
    const file = JSON.parse(readFileSync(join(dir, 'tension.json'), 'utf8'));
    expect(file.checkIns).toEqual([checkIn('ok'), bad, checkIn('next')]);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'tension.json'),
      `\uFEFF${JSON.stringify({ schemaVersion: 1, checkIns: [checkIn('bom')] })}`,
    );
    const store = openTensionStore(dir, NOW);
    expect(store.problems).toEqual([]);
    expect(store.readAll().map((c) => c.id)).toEqual(['bom']);
  });

  it('removes temp files of killed writes at start (they hold health data)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tension.json.tmp-123-456'), '{"checkIns":[');
    openTensionStore(dir, NOW);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('changes nothing in memory when the disk refuses the write', () => {
    const dir = tempDir();
    const store = openTensionStore(dir, NOW);
    store.append(checkIn('one'));
    // A folder where the file should be: the rename fails, for root too.
    rmSync(join(dir, 'tension.json'));
    mkdirSync(join(dir, 'tension.json'));
    expect(() => store.append(checkIn('two'))).toThrow();
    expect(store.readAll().map((c) => c.id)).toEqual(['one']);
    expect(readdirSync(dir)).toEqual(['tension.json']);
  });
});
