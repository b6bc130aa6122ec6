import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateInBreak, type BreakRatings } from '../../../src/core/break-ratings';
import { getLevel, getLevelBounds, getNextLevel } from '../../../src/core/progression';
import type { Effort } from '../../../src/shared/domain';
import { findExercise } from '../../../src/shared/exercises';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';

const EFFORTS: readonly Effort[] = ['too-much', 'right', 'too-little'];

/** Taps `efforts` on `exerciseId` in break `promptId`, from `settings` and `memory`. */
function tap(
  start: { settings: Settings; memory: BreakRatings | null },
  promptId: string,
  exerciseId: string,
  ...efforts: Effort[]
) {
  return efforts.reduce(
    ({ settings, memory }, effort) => rateInBreak(settings, memory, promptId, exerciseId, effort),
    start,
  );
}

const fresh = () => ({ settings: getDefaultSettings(), memory: null });

describe('rating within one break', () => {
  it('moves a level once however often the same answer is tapped', () => {
    const { settings } = tap(fresh(), 'prompt-1', 'band-row', 'too-little', 'too-little');
    expect(getLevel(settings, 'band-row')).toBe(1);
  });

  it('"too much" then "about right" leaves the level where the break began', () => {
    const lowered = tap(fresh(), 'prompt-1', 'ball-glute-wall', 'too-much');
    expect(getLevel(lowered.settings, 'ball-glute-wall')).toBe(-1);
    const undone = rateInBreak(
      lowered.settings,
      lowered.memory,
      'prompt-1',
      'ball-glute-wall',
      'right',
    );
    expect(getLevel(undone.settings, 'ball-glute-wall')).toBe(0);
    expect(undone.startLevel).toBe(0);
  });

  it('steps again in the next break, and keeps each exercise to its own start', () => {
    let state = tap(fresh(), 'prompt-1', 'band-row', 'too-little');
    state = tap(state, 'prompt-1', 'ball-glute-wall', 'too-much', 'too-much');
    state = tap(state, 'prompt-2', 'band-row', 'too-little', 'too-little');
    expect(state.settings.exercises.levels).toEqual({ 'band-row': 2, 'ball-glute-wall': -1 });
  });

  it('any run of taps in a break ends one step from its start, as its last answer says', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('band-row', 'ball-glute-wall', 'calf-raise'),
        fc.integer({ min: -2, max: 2 }),
        fc.array(fc.constantFrom(...EFFORTS), { minLength: 1, maxLength: 8 }),
        (exerciseId, startLevel, efforts) => {
          const exercise = findExercise(exerciseId);
          if (!exercise) throw new Error(exerciseId);
          const base = getDefaultSettings();
          const settings = {
            ...base,
            exercises: { ...base.exercises, levels: { [exerciseId]: startLevel } },
          };
          const after = tap({ settings, memory: null }, 'prompt-1', exerciseId, ...efforts);
          const level = getLevel(after.settings, exerciseId);
          const last = efforts[efforts.length - 1] ?? 'right';
          expect(level).toBe(getNextLevel(exercise, startLevel, last));
          const { lowest, highest } = getLevelBounds(exercise);
          expect(level).toBeGreaterThanOrEqual(lowest);
          expect(level).toBeLessThanOrEqual(highest);
          if (last === 'too-much') expect(level).toBeLessThanOrEqual(Math.max(lowest, startLevel));
        },
      ),
    );
  });
});
