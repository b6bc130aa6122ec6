import { describe, expect, it } from 'vitest';
import { getHeldTotal, isExerciseDone, summarizeRoutine } from '../../../src/core/routine-outcome';
import type { PlannedExercise } from '../../../src/shared/domain';

const stretch: PlannedExercise = { exerciseId: 'neck-side-bend', holdSeconds: [30, 30] };
const pressure: PlannedExercise = { exerciseId: 'ball-glute-wall', holdSeconds: [45, 45] };
const walk: PlannedExercise = { exerciseId: 'walk', holdSeconds: [240] };

describe('summarizeRoutine', () => {
  it('is completed when every exercise was held on every side', () => {
    expect(summarizeRoutine([stretch, walk], [[30, 30], [240]])).toEqual({
      outcome: 'completed',
      exercises: [
        { exerciseId: 'neck-side-bend', heldSeconds: [30, 30] },
        { exerciseId: 'walk', heldSeconds: [240] },
      ],
    });
  });

  it('counts a pressure hold released early once it reached the 30 s minimum', () => {
    expect(isExerciseDone(pressure, [30, 31])).toBe(true);
    expect(isExerciseDone(pressure, [29, 45])).toBe(false);
    expect(isExerciseDone(walk, [179])).toBe(false);
  });

  it('is partial when some care was taken, and leaves out exercises not held at all', () => {
    expect(
      summarizeRoutine(
        [stretch, pressure],
        [
          [30, 12],
          [0, 0],
        ],
      ),
    ).toEqual({
      outcome: 'partial',
      exercises: [{ exerciseId: 'neck-side-bend', heldSeconds: [30, 12] }],
    });
  });

  it('is skipped when nothing was held, and never reports negative or fractional seconds', () => {
    expect(summarizeRoutine([stretch], [[0, 0]])).toEqual({ outcome: 'skipped', exercises: [] });
    expect(summarizeRoutine([], [])).toEqual({ outcome: 'skipped', exercises: [] });
    expect(summarizeRoutine([stretch], [[-3, 4.6]]).exercises).toEqual([
      { exerciseId: 'neck-side-bend', heldSeconds: [0, 5] },
    ]);
  });

  it('adds up the seconds held', () => {
    expect(getHeldTotal([[30, 30], [70]])).toBe(130);
  });
});
