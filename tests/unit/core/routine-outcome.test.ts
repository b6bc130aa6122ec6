import { describe, expect, it } from 'vitest';
import {
  getHeldTotal,
  getLoggedResult as getLoggedResultWith,
  getPlannedTotal,
  isExerciseDone as isExerciseDoneWith,
  settleOutcome,
  summarizeRoutine as summarizeRoutineWith,
} from '../../../src/core/routine-outcome';
import type { PlannedExercise } from '../../../src/shared/domain';
import { findExercise } from '../../../src/shared/exercises';

/** The catalogue's kinds, as main knows them; the break window passes what main sent. */
const kindOf = (id: string) => findExercise(id)?.kind;
const isExerciseDone = (plan: PlannedExercise, held: readonly number[]) =>
  isExerciseDoneWith(plan, held, kindOf);
const summarizeRoutine = (plans: readonly PlannedExercise[], held: readonly number[][]) =>
  summarizeRoutineWith(plans, held, kindOf);
const getLoggedResult = (
  prompted: readonly PlannedExercise[],
  plans: readonly PlannedExercise[],
  held: readonly number[][],
) => getLoggedResultWith(prompted, plans, held, kindOf);

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

  it('is partial from half the planned hold time, and leaves out exercises not held', () => {
    // 75 of 150 planned seconds: exactly half.
    expect(
      summarizeRoutine(
        [stretch, pressure],
        [
          [30, 30],
          [15, 0],
        ],
      ),
    ).toEqual({
      outcome: 'partial',
      exercises: [
        { exerciseId: 'neck-side-bend', heldSeconds: [30, 30] },
        { exerciseId: 'ball-glute-wall', heldSeconds: [15, 0] },
      ],
    });
    expect(
      summarizeRoutine(
        [stretch, pressure],
        [
          [30, 30],
          [0, 0],
        ],
      ).exercises,
    ).toHaveLength(1);
  });

  it('is skipped under half the planned time, but still records what was held', () => {
    // The reported bug: 10 s of a 60 s routine was called partial and "Well done".
    expect(summarizeRoutine([stretch], [[10, 0]])).toEqual({
      outcome: 'skipped',
      exercises: [{ exerciseId: 'neck-side-bend', heldSeconds: [10, 0] }],
    });
    expect(
      summarizeRoutine(
        [stretch, pressure],
        [
          [30, 30],
          [14, 0],
        ],
      ).outcome,
    ).toBe('skipped');
  });

  it('is skipped when nothing was held, and never reports negative or fractional seconds', () => {
    expect(summarizeRoutine([stretch], [[0, 0]])).toEqual({ outcome: 'skipped', exercises: [] });
    expect(summarizeRoutine([], [])).toEqual({ outcome: 'skipped', exercises: [] });
    expect(summarizeRoutine([stretch], [[-3, 4.6]]).exercises).toEqual([
      { exerciseId: 'neck-side-bend', heldSeconds: [0, 5] },
    ]);
  });

  it('does not let a side held past its plan make up for another', () => {
    expect(summarizeRoutine([stretch, walk], [[0, 0], [400]]).outcome).toBe('partial');
    expect(
      summarizeRoutine(
        [stretch, stretch],
        [
          [90, 0],
          [0, 0],
        ],
      ).outcome,
    ).toBe('skipped');
  });

  it('adds up the seconds held and planned', () => {
    expect(getHeldTotal([[30, 30], [70]])).toBe(130);
    expect(getPlannedTotal([stretch, walk])).toBe(300);
  });
});

describe('settleOutcome', () => {
  const record = (heldSeconds: number[]) => [{ exerciseId: 'neck-side-bend', heldSeconds }];

  it('keeps a taken break that held half its planned time', () => {
    expect(settleOutcome([stretch], { outcome: 'completed', exercises: record([30, 30]) })).toBe(
      'completed',
    );
    expect(settleOutcome([stretch], { outcome: 'partial', exercises: record([30, 0]) })).toBe(
      'partial',
    );
  });

  it('turns a claimed completion without the held time into a skip', () => {
    expect(settleOutcome([stretch], { outcome: 'completed', exercises: [] })).toBe('skipped');
    expect(settleOutcome([stretch], { outcome: 'partial', exercises: record([10, 0]) })).toBe(
      'skipped',
    );
    // Seconds past the longest planned hold do not count: a forged record cannot pass.
    expect(
      settleOutcome([stretch, stretch], { outcome: 'completed', exercises: record([600]) }),
    ).toBe('skipped');
  });

  it('leaves snoozes, skips and breaks with nothing planned as they are', () => {
    expect(settleOutcome([stretch], { outcome: 'snoozed', exercises: record([30, 30]) })).toBe(
      'snoozed',
    );
    expect(settleOutcome([stretch], { outcome: 'skipped', exercises: [] })).toBe('skipped');
    expect(settleOutcome([], { outcome: 'completed', exercises: [] })).toBe('completed');
  });
});

describe('getLoggedResult', () => {
  const calfRaise: PlannedExercise = { exerciseId: 'calf-raise', holdSeconds: [45] };

  it('ends at the shortest dose but logs a break taken only from half the planned time', () => {
    // 20 s is the shortest strength dose: the exercise is done, the break is not taken.
    expect(summarizeRoutine([calfRaise], [[20]]).outcome).toBe('completed');
    expect(getLoggedResult([calfRaise], [calfRaise], [[20]])).toEqual({
      outcome: 'skipped',
      exercises: [{ exerciseId: 'calf-raise', heldSeconds: [20] }],
    });
    expect(getLoggedResult([calfRaise], [calfRaise], [[23]]).outcome).toBe('completed');
  });

  it('says what main logs for the result it is sent, for every second held', () => {
    const swap: PlannedExercise = { exerciseId: 'standing-calf-stretch', holdSeconds: [30, 30] };
    for (let seconds = 0; seconds <= 45; seconds += 1) {
      // As planned, and swapped for a two-sided exercise.
      const runs: [PlannedExercise[], number[][]][] = [
        [[calfRaise], [[seconds]]],
        [[swap], [[seconds, seconds]]],
      ];
      for (const [plans, held] of runs) {
        const result = getLoggedResult([calfRaise], plans, held);
        expect(settleOutcome([calfRaise], result)).toBe(result.outcome);
      }
    }
  });

  it('counts a break with nothing planned as done, as main does', () => {
    const result = getLoggedResult([], [], []);
    expect(result).toEqual({ outcome: 'completed', exercises: [] });
    expect(settleOutcome([], result)).toBe('completed');
  });
});
