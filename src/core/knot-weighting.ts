import { KNOT_SPOTS } from '../shared/knot-spots';
import type { KnotCheck, KnotOverview, KnotSpotId, Tenderness } from '../shared/knots';

/** The latest tenderness the person marked for each spot (a skipped spot is absent). */
export type KnotMarks = Partial<Record<KnotSpotId, Tenderness>>;

/**
 * How strongly the routine should favour each exercise: the highest tenderness among the
 * spots it works (1 a little, 2 very). Exercises for no marked spot are absent (weight 0).
 */
export function getKnotWeights(marks: KnotMarks): Map<string, number> {
  const weights = new Map<string, number>();
  for (const spot of KNOT_SPOTS) {
    const tenderness = marks[spot.id] ?? 0;
    if (tenderness === 0) continue;
    for (const id of spot.exerciseIds) weights.set(id, Math.max(weights.get(id) ?? 0, tenderness));
  }
  return weights;
}

/**
 * Puts exercises for tender spots first, very tender before a little, and keeps the given
 * order (the rotation) otherwise. It only reorders: what the safety rules, equipment and
 * pressure limits left out stays out, so favouring can never add an exercise.
 */
export function favourKnotSpots<T extends { id: string }>(
  ordered: readonly T[],
  marks: KnotMarks,
): T[] {
  const weights = getKnotWeights(marks);
  return ordered
    .map((item, index) => ({ item, index, weight: weights.get(item.id) ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ item }) => item);
}

/** The latest mark of every spot across the checks, with when it was made. */
export function getLatestMarks(checks: readonly KnotCheck[]): KnotOverview['latest'] {
  const latest: KnotOverview['latest'] = {};
  for (const check of [...checks].sort((a, b) => a.at - b.at)) {
    for (const [spot, tenderness] of Object.entries(check.marks) as [KnotSpotId, Tenderness][]) {
      latest[spot] = { tenderness, at: check.at };
    }
  }
  return latest;
}

/** The marks the routine favours: the latest tenderness per spot. */
export function getRoutineMarks(checks: readonly KnotCheck[]): KnotMarks {
  const marks: KnotMarks = {};
  for (const [spot, mark] of Object.entries(getLatestMarks(checks)) as [
    KnotSpotId,
    { tenderness: Tenderness },
  ][]) {
    marks[spot] = mark.tenderness;
  }
  return marks;
}
