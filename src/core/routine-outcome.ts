import type { ChosenOutcome, ExerciseRecord, PlannedExercise } from '../shared/domain';
import { DOSE_RANGES, findExercise } from '../shared/exercises';

/**
 * A side counts as done once held for its planned time, or for the shortest dose the
 * evidence supports if that is less ("release early if the spot softens").
 */
export function isSideDone(planned: PlannedExercise, side: number, held: number): boolean {
  const target = planned.holdSeconds[side] ?? 0;
  const kind = findExercise(planned.exerciseId)?.kind;
  const shortest = kind ? DOSE_RANGES[kind].minSeconds : target;
  return held >= Math.min(target, shortest);
}

export function isExerciseDone(planned: PlannedExercise, held: readonly number[]): boolean {
  return planned.holdSeconds.every((_, side) => isSideDone(planned, side, held[side] ?? 0));
}

/**
 * What a finished routine reports: the exercises held at all (seconds per side, as
 * planned sides), and completed when every exercise is done, partial when any care
 * was taken, skipped when none was.
 */
export function summarizeRoutine(
  planned: readonly PlannedExercise[],
  held: readonly (readonly number[])[],
): {
  outcome: Extract<ChosenOutcome, 'completed' | 'partial' | 'skipped'>;
  exercises: ExerciseRecord[];
} {
  const exercises: ExerciseRecord[] = [];
  planned.forEach((plan, index) => {
    const seconds = plan.holdSeconds.map((_, side) =>
      Math.max(0, Math.round(held[index]?.[side] ?? 0)),
    );
    if (seconds.some((s) => s > 0))
      exercises.push({ exerciseId: plan.exerciseId, heldSeconds: seconds });
  });
  const allDone =
    planned.length > 0 && planned.every((plan, index) => isExerciseDone(plan, held[index] ?? []));
  const outcome = allDone ? 'completed' : exercises.length > 0 ? 'partial' : 'skipped';
  return { outcome, exercises };
}

/** Total seconds held across a routine. */
export function getHeldTotal(held: readonly (readonly number[])[]): number {
  return held.reduce((sum, sides) => sum + sides.reduce((s, h) => s + h, 0), 0);
}
