import type { PlannedExercise } from '../shared/domain';
import type { Exercise } from '../shared/exercises';
import { findSwaps } from './exercise-swap';

/**
 * The catalogue exercises one break window may show: each planned one and every
 * exercise the window could offer as its swap. Candidates come from `allowed` (what
 * the person may be offered at all: equipment, disabled list, safety), so a swap never
 * brings back what the planner left out. Own exercises are not in the catalogue and
 * travel separately. Catalogue order; each exercise once.
 */
export function getBreakExercises(
  plans: readonly PlannedExercise[],
  allowed: readonly Exercise[],
  catalogue: readonly Exercise[],
): Exercise[] {
  const planned = new Set(plans.map((plan) => plan.exerciseId));
  const plannedExercises = catalogue.filter((exercise) => planned.has(exercise.id));
  // A planned exercise may be outside `allowed` (a release plan, a fallback): findSwaps
  // still needs to find it to know its area, kind and equipment.
  const pool = [...plannedExercises, ...allowed.filter((exercise) => !planned.has(exercise.id))];
  const shown = new Set(planned);
  for (const plan of plans) {
    for (const swap of findSwaps(plan, plans, pool)) shown.add(swap.exerciseId);
  }
  return catalogue.filter((exercise) => shown.has(exercise.id));
}
