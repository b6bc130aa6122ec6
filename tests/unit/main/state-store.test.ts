import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersistedEngineState } from '../../../src/core/engine-types';
import { createMainServices } from '../../../src/main/services';
import { openEngineStateStore } from '../../../src/main/platform/state-store';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 23, 9, 0);

const saved: PersistedEngineState = {
  version: 1,
  pausedUntil: NOW + 3_600_000,
  snoozeCount: 1,
  lastBreakAt: { posture: NOW - 60_000 },
  recentExercises: [{ exerciseId: 'doorway-chest-stretch', at: NOW - 60_000 }],
};

describe('engine state store (real file)', () => {
  it('writes engine-state.json and reads it back in a new instance', async () => {
    const dir = tempDir();
    openEngineStateStore(dir, NOW).save(saved);
    const onDisk = JSON.parse(readFileSync(join(dir, 'engine-state.json'), 'utf8'));
    expect(onDisk).toEqual({ engine: saved });
    const reopened = openEngineStateStore(dir, NOW);
    expect(reopened.saved).toEqual(saved);
    expect(reopened.problems).toEqual([]);
  });

  it('starts fresh with a message when the saved state has a bad shape', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'engine-state.json'), JSON.stringify({ engine: { version: 7 } }));
    const store = openEngineStateStore(dir, NOW);
    expect(store.saved).toBeUndefined();
    expect(store.problems[0]).toEqual({
      id: 'data.engine.setAside',
      values: {
        reason: { id: 'data.reason.badShape' },
        file: expect.stringMatching(/engine-state\.unreadable-\d+\.json$/),
      },
    });
    // Kept aside, byte for byte, for a later look.
    const aside = readdirSync(dir).filter((name) => name.startsWith('engine-state.unreadable-'));
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe('{"engine":{"version":7}}');
  });

  it('keeps exercise ids of up to 128 characters, as IPC allows, across a restart', () => {
    const dir = tempDir();
    const longId = 'x'.repeat(128);
    openEngineStateStore(dir, NOW).save({
      ...saved,
      recentExercises: [{ exerciseId: longId, at: NOW }],
    });
    const reopened = openEngineStateStore(dir, NOW);
    expect(reopened.problems).toEqual([]);
    expect(reopened.saved?.recentExercises).toEqual([{ exerciseId: longId, at: NOW }]);
  });

  it('reads a file with a UTF-8 byte-order mark and removes leftover temp files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'engine-state.json'), `\uFEFF${JSON.stringify({ engine: saved })}`);
    writeFileSync(join(dir, 'engine-state.json.tmp-1-2'), '{"eng');
    const store = openEngineStateStore(dir, NOW);
    expect(store.saved).toEqual(saved);
    expect(readdirSync(dir)).toEqual(['engine-state.json']);
  });

  it('sets an unreadable file aside instead of overwriting it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'engine-state.json'), '{"engine": {"vers');
    const store = openEngineStateStore(dir, NOW);
    expect(store.saved).toBeUndefined();
    expect(store.problems[0]).toMatchObject({
      id: 'data.engine.setAside',
      values: { reason: { id: 'data.reason.notJson' } },
    });
    expect(
      readdirSync(dir).filter((name) => name.startsWith('engine-state.unreadable-')),
    ).toHaveLength(1);
  });
});

describe('engine state across a restart of the main services', () => {
  it('keeps a pause and the snooze count', async () => {
    const dir = tempDir();
    const file = join(dir, 'engine-state.json');
    const first = createRecordingShell({ wall0: NOW });
    const before = createMainServices({
      dataDir: dir,
      timeZone: 'Europe/Berlin',
      shell: first.ports,
    });
    await before.controller.start();
    before.controller.dispatch({ type: 'startBreakNow' });
    const promptId = before.controller.getPrompt()?.id ?? '';
    before.controller.dispatch({
      type: 'finishBreak',
      result: { promptId, outcome: 'snoozed', exercises: [] },
    });
    before.controller.dispatch({ type: 'pause', length: { minutes: 60 } });
    expect(JSON.parse(readFileSync(file, 'utf8')).engine).toMatchObject({
      pausedUntil: NOW + 3_600_000,
      snoozeCount: 1,
    });
    before.controller.stop();

    // A new process: the monotonic clock starts again from zero, ten minutes later.
    const second = createRecordingShell({ wall0: NOW + 600_000 });
    const after = createMainServices({
      dataDir: dir,
      timeZone: 'Europe/Berlin',
      shell: second.ports,
    });
    await after.controller.start();
    expect(after.controller.getStatus()).toMatchObject({
      phase: 'paused',
      pausedUntil: NOW + 3_600_000,
    });
    // The only wake-up is the end of the pause, 50 minutes into the new process.
    expect(second.timerAt()).toBe(3_000_000);
    await second.advance(3_000_000);
    expect(after.controller.getStatus().phase).toBe('sitting');
    expect(JSON.parse(readFileSync(file, 'utf8')).engine.pausedUntil).toBeNull();
    // One snooze was used before the restart: one is left.
    after.controller.dispatch({ type: 'startBreakNow' });
    expect(after.controller.getPrompt()?.snoozesLeft).toBe(1);
  });

  it('feeds saved settings changes to the running engine', async () => {
    const dir = tempDir();
    const shell = createRecordingShell({ wall0: NOW });
    const services = createMainServices({
      dataDir: dir,
      timeZone: 'Europe/Berlin',
      shell: shell.ports,
    });
    await services.controller.start();
    const settings = structuredClone(services.settingsStore.settings);
    settings.breaks.postureEveryMinutes = 20;
    services.settingsStore.save(settings);
    expect(services.controller.getStatus().nextBreakAt).toBe(NOW + 20 * 60_000);
  });
});
