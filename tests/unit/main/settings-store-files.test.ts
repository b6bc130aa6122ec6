import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../../src/main/platform/settings-store';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 23, 9, 0);

describe('settings store: files written by hand or by other editors', () => {
  it('migrates a hand-written file without the wrapper instead of replacing it', () => {
    const dir = tempDir();
    const byHand = JSON.stringify({ breaks: { postureEveryMinutes: 45 } });
    writeFileSync(join(dir, 'settings.json'), byHand);
    const store = openSettingsStore(dir, NOW);
    expect(store.settings.breaks.postureEveryMinutes).toBe(45);
    // The hand-written file is kept as the version-1 backup, byte for byte.
    expect(readFileSync(join(dir, 'settings.v1-backup.json'), 'utf8')).toBe(byHand);
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk.settings.breaks.postureEveryMinutes).toBe(45);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const dir = tempDir();
    const file = { schemaVersion: 2, settings: { breaks: { postureEveryMinutes: 40 } } };
    writeFileSync(join(dir, 'settings.json'), `\uFEFF${JSON.stringify(file)}`);
    const store = openSettingsStore(dir, NOW);
    expect(store.settings.breaks.postureEveryMinutes).toBe(40);
    expect(store.problems).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('unreadable'))).toEqual([]);
  });

  it('keeps the old settings in memory when the disk refuses a save', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, NOW);
    const before = store.settings;
    // A folder where the file should be: the write fails, for root too.
    rmSync(join(dir, 'settings.json'), { force: true });
    mkdirSync(join(dir, 'settings.json'));
    const changed = structuredClone(before);
    changed.breaks.postureEveryMinutes = 50;
    expect(() => store.save(changed)).toThrow();
    expect(store.settings).toBe(before);
  });
});
