import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { monthKey, openLogStore } from '../../../src/main/platform/log-store';
import { openSettingsStore } from '../../../src/main/platform/settings-store';
import type { AdherenceEvent } from '../../../src/shared/domain';
import { tempDirPerTest } from '../../support/temp-dir';
import { inEnglish } from '../../support/settings-problems';

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 23, 9, 0);

describe('settings store (real electron-store files)', () => {
  it('writes settings.json and reads it back in a new instance', () => {
    const dir = tempDir();
    const settings = getDefaultSettings();
    settings.breaks.postureEveryMinutes = 25;
    openSettingsStore(dir, NOW).save(settings);
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: 3,
      settings: { breaks: { postureEveryMinutes: 25 } },
    });
    expect(openSettingsStore(dir, NOW).settings.breaks.postureEveryMinutes).toBe(25);
  });

  it('keeps valid hand-edited keys and reports the invalid ones', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        schemaVersion: 1,
        settings: { theme: 'dark', breaks: { postureEveryMinutes: 5 } },
      }),
    );
    const store = openSettingsStore(dir, NOW);
    expect(store.settings.theme).toBe('dark');
    expect(store.settings.breaks.postureEveryMinutes).toBe(30);
    expect(inEnglish(store.problems)).toEqual([
      { path: 'breaks.postureEveryMinutes', message: 'At least 20 minutes' },
    ]);
  });

  it('sets an unreadable file aside instead of overwriting it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{"schemaVersion": 1, "settings": {"theme": "da');
    const store = openSettingsStore(dir, NOW);
    expect(store.settings).toEqual(getDefaultSettings());
    expect(store.setAside).toEqual({
      id: 'data.settings.setAside',
      values: {
        reason: { id: 'data.reason.notJson' },
        file: expect.stringMatching(/settings\.unreadable-\d+\.json$/),
      },
    });
    const aside = readdirSync(dir).filter((name) => name.startsWith('settings.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toContain('"theme": "da');
  });
});

describe('log store (real electron-store files)', () => {
  const event = (at: number, id: string): AdherenceEvent => ({
    id,
    at,
    kind: 'posture',
    outcome: 'completed',
    exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
    boutSeconds: 1800,
  });

  it('appends into one file per month and reads each month back', () => {
    const dir = tempDir();
    const endOfOctober = new Date(2026, 9, 31, 23, 50).getTime();
    const startOfNovember = new Date(2026, 10, 1, 0, 10).getTime();
    const log = openLogStore(dir);
    log.append(event(endOfOctober, 'a'));
    log.append(event(startOfNovember, 'b'));
    const reopened = openLogStore(dir);
    expect(reopened.readMonth('2026-10').map((e) => e.id)).toEqual(['a']);
    expect(reopened.readMonth('2026-11').map((e) => e.id)).toEqual(['b']);
    expect(existsSync(join(dir, 'history', 'adherence-2026-10.jsonl'))).toBe(true);
    expect(monthKey(startOfNovember)).toBe('2026-11');
  });
});

describe('log store range reads', () => {
  it('reads a range across a month boundary, oldest first, end excluded', () => {
    const dir = tempDir();
    const log = openLogStore(dir);
    const times = [
      new Date(2026, 9, 30, 12).getTime(),
      new Date(2026, 9, 31, 23, 59).getTime(),
      new Date(2026, 10, 1, 8).getTime(),
      new Date(2026, 10, 2, 8).getTime(),
    ];
    times.forEach((at, index) =>
      log.append({
        id: `e${index}`,
        at,
        kind: 'posture',
        outcome: 'completed',
        exercises: [],
        boutSeconds: 0,
      }),
    );
    const from = new Date(2026, 9, 31).getTime();
    const to = new Date(2026, 10, 2, 8).getTime();
    expect(
      openLogStore(dir)
        .readRange(from, to)
        .map((e) => e.id),
    ).toEqual(['e1', 'e2']);
  });
});
