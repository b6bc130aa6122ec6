import { describe, expect, it } from 'vitest';
import { findSwaps } from '../../../src/core/exercise-swap';
import { EXERCISES, findExercise } from '../../../src/shared/exercises';
import type { PlannedExercise } from '../../../src/shared/domain';

const plan = (exerciseId: string, holdSeconds: number[]): PlannedExercise => ({
  exerciseId,
  holdSeconds,
});

describe('findSwaps', () => {
  it('offers exercises of the same area, with their own dose and sides', () => {
    const hips = plan('standing-hip-flexor-lunge', [30, 30]);
    expect(findSwaps(hips, [hips], EXERCISES)).toEqual([
      plan('half-kneeling-hip-flexor', [30, 30]),
    ]);
  });

  it('never offers one already in the routine, nor one of another area', () => {
    const legs = plan('standing-hamstring-stretch', [30, 30]);
    const other = plan('seated-hamstring-stretch', [30, 30]);
    expect(findSwaps(legs, [legs, other], EXERCISES)).toEqual([]);
    for (const swap of findSwaps(plan('neck-side-bend', [30, 30]), [], EXERCISES)) {
      expect(findExercise(swap.exerciseId)?.area).toBe('neck');
    }
  });

  it('lets pressure become a stretch but never a stretch become pressure', () => {
    const glutePressure = plan('ball-glute-wall', [45, 45]);
    const swaps = findSwaps(glutePressure, [glutePressure], EXERCISES).map((s) => s.exerciseId);
    expect(swaps).toContain('seated-figure-four');
    const glutes = plan('seated-figure-four', [30, 30]);
    expect(findSwaps(glutes, [glutes], EXERCISES)).toEqual([]);
  });

  it('needs no equipment the planned exercise did not need, but a chair', () => {
    const hand = plan('hand-pressure-upper-trapezius', [30, 30]);
    // The ball version needs a ball and a wall the hand version does not.
    expect(findSwaps(hand, [hand], EXERCISES).map((s) => s.exerciseId)).not.toContain(
      'ball-upper-trapezius-wall',
    );
    const ball = plan('ball-upper-trapezius-wall', [40, 40]);
    expect(findSwaps(ball, [ball], EXERCISES).map((s) => s.exerciseId)).toContain(
      'hand-pressure-upper-trapezius',
    );
  });

  it('offers nothing for an unknown exercise', () => {
    expect(findSwaps(plan('nope', [30]), [], EXERCISES)).toEqual([]);
  });
});
