import type { PlannedExercise } from '../shared/domain';
import type { Exercise } from '../shared/exercises';

/**
 * What an exercise can be swapped for in the break window: another exercise for the
 * same body area that is no harder on the body (pressure may become a stretch, never
 * the reverse, so a safety filter that left pressure out still holds) and needs no
 * equipment beyond what the planned one needed, or the chair a desk worker sits on.
 * Strict mode offers a swap
 * instead of a skip, so a break keeps its length and its area.
 * `catalogue` holds the planned exercise and the candidates: main passes the catalogue
 * (the break window only the list main sent it), so the window never loads it all.
 */
export function findSwaps(
  plan: PlannedExercise,
  routine: readonly PlannedExercise[],
  catalogue: readonly Exercise[],
): PlannedExercise[] {
  const current = catalogue.find((exercise) => exercise.id === plan.exerciseId);
  if (!current) return [];
  const inRoutine = new Set(routine.map((p) => p.exerciseId));
  const allowed = new Set<string>([...current.equipment, 'none', 'chair']);
  return catalogue
    .filter(
      (candidate) =>
        candidate.area === current.area &&
        !inRoutine.has(candidate.id) &&
        isNoHarder(candidate, current) &&
        candidate.equipment.every((item) => allowed.has(item)),
    )
    .map((candidate) => ({
      exerciseId: candidate.id,
      holdSeconds:
        candidate.sides === 'both'
          ? [candidate.holdSeconds, candidate.holdSeconds]
          : [candidate.holdSeconds],
    }));
}

function isNoHarder(candidate: Exercise, current: Exercise): boolean {
  if (candidate.kind === current.kind) return true;
  return current.kind === 'pressure' && candidate.kind === 'stretch';
}
