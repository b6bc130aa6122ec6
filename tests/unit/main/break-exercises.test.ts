import { describe, expect, it } from 'vitest';
import { getBreakExercises } from '../../../src/core/break-exercises';
import { findSwaps } from '../../../src/core/exercise-swap';
import { createMainServices } from '../../../src/main/services';
import type { BreakPrompt, PlannedExercise } from '../../../src/shared/domain';
import { EXERCISES } from '../../../src/shared/exercises';
import { ipcContract } from '../../../src/shared/ipc';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
/** Wednesday 25 November 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 10, 25, 12);
const lunge: PlannedExercise = { exerciseId: 'standing-hip-flexor-lunge', holdSeconds: [30, 30] };
const ids = (exercises: readonly { id: string }[] | undefined) => exercises?.map((e) => e.id);

describe('getBreakExercises', () => {
  it('holds each planned exercise and its swap candidates, nothing else', () => {
    const walk: PlannedExercise = { exerciseId: 'walk', holdSeconds: [240] };
    const found = ids(getBreakExercises([lunge, walk], EXERCISES, EXERCISES));
    const swaps = [lunge, walk].flatMap((p) => findSwaps(p, [lunge, walk], EXERCISES));
    expect(found).toEqual(expect.arrayContaining(['standing-hip-flexor-lunge', 'walk']));
    expect(found).toEqual(expect.arrayContaining(swaps.map((s) => s.exerciseId)));
    expect(found).toHaveLength(2 + swaps.length);
  });

  it('offers no candidate the rules left out, but keeps a planned one they left out', () => {
    const allowed = EXERCISES.filter(
      (e) => e.id !== 'half-kneeling-hip-flexor' && e.id !== lunge.exerciseId,
    );
    expect(ids(getBreakExercises([lunge], allowed, EXERCISES))).toEqual([lunge.exerciseId]);
  });

  it('holds nothing for an own exercise (main sends those apart)', () => {
    const own: PlannedExercise = { exerciseId: 'own-abc', holdSeconds: [20] };
    expect(getBreakExercises([own], EXERCISES, EXERCISES)).toEqual([]);
  });
});

describe('getBreak', () => {
  it('carries the planned exercises and their swaps, within the disabled list', async () => {
    const shell = createRecordingShell({ wall0: NOW });
    const main = createMainServices({
      dataDir: tempDir(),
      shell: shell.ports,
      timeZone: 'UTC',
      locale: 'en-US',
      chooseExportPath: () => Promise.resolve(null),
    });
    const getBreak = () =>
      main.router.handle(
        ipcContract.invoke.getBreak.channel,
        undefined,
        'break',
      ) as Promise<BreakPrompt | null>;
    main.controller.dispatch({ type: 'startBreakNow' });
    const prompt = await getBreak();
    const plans = prompt?.exercises ?? [];
    expect(plans.length).toBeGreaterThan(0);
    const sent = ids(prompt?.catalogue) ?? [];
    const swaps = plans.flatMap((p) => findSwaps(p, plans, EXERCISES)).map((s) => s.exerciseId);
    expect(sent).toEqual(expect.arrayContaining(plans.map((p) => p.exerciseId)));
    expect(sent).toEqual(expect.arrayContaining(swaps));
    expect(sent.length).toBeLessThan(EXERCISES.length);

    // A candidate the person turned off is no longer offered.
    const candidate = swaps[0];
    expect(candidate).toBeDefined();
    const { settings } = main.settingsStore;
    main.settingsStore.save({
      ...settings,
      exercises: { ...settings.exercises, disabled: [candidate ?? ''] },
    });
    const again = await getBreak();
    expect(again?.exercises).toEqual(plans);
    expect(ids(again?.catalogue)).not.toContain(candidate);
  });
});
