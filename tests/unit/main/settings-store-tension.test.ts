import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTensionStore } from '../../../src/main/platform/tension-store';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 23, 9, 0);

describe('tension store (real electron-store file)', () => {
  it('appends check-ins and reads them back in a new instance', () => {
    const dir = tempDir();
    const checkIn = {
      id: 't1',
      at: NOW,
      ratings: { neck: 6, lowerBack: 3 },
      redFlags: [],
      emergency: false,
    };
    openTensionStore(dir, NOW).append(checkIn);
    expect(openTensionStore(dir, NOW).readAll()).toEqual([checkIn]);
    expect(JSON.parse(readFileSync(join(dir, 'tension.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('skips and reports a hand-broken entry, and sets an unreadable file aside', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'tension.json'),
      JSON.stringify({
        schemaVersion: 1,
        checkIns: [
          { id: 'ok', at: NOW, ratings: { neck: 2 }, redFlags: [], emergency: false },
          { id: 'bad', at: NOW, ratings: { neck: 40 }, redFlags: [], emergency: false },
        ],
      }),
    );
    const store = openTensionStore(dir, NOW);
    expect(store.readAll().map((c) => c.id)).toEqual(['ok']);
    expect(store.problems).toEqual([{ path: 'checkIns.1', text: { id: 'data.reason.badShape' } }]);
    writeFileSync(join(dir, 'tension.json'), '{"checkIns": [');
    const fresh = openTensionStore(dir, NOW);
    expect(fresh.readAll()).toEqual([]);
    expect(fresh.problems[0]?.text.id).toBe('data.tension.setAside');
    expect(readdirSync(dir).some((name) => name.startsWith('tension.unreadable-'))).toBe(true);
  });
});
