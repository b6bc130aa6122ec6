import type { BreakResult, ChosenOutcome, ExerciseRecord, PlannedExercise } from '../shared/domain';
import { DOSE_RANGES } from '../shared/exercises/doses';
import type { ExerciseKind } from '../shared/exercises/types';

/**
 * An exercise's kind by id, undefined for an own exercise. The caller passes it (the break
 * window from the exercises main sent), so this module never loads the catalogue.
 */
export type KindOf = (exerciseId: string) => ExerciseKind | undefined;

/** A break counts as taken only when at least this share of its planned hold time was held. */
export const TAKEN_SHARE = 0.5;

/** The shortest hold the evidence supports for a side ("release early if the spot softens"). */
export function getShortestHold(planned: PlannedExercise, side: number, kindOf: KindOf): number {
  const target = planned.holdSeconds[side] ?? 0;
  const kind = kindOf(planned.exerciseId);
  return kind ? Math.min(target, DOSE_RANGES[kind].minSeconds) : target;
}

/** A side counts as done once held for its planned time, or for its shortest dose if less. */
export function isSideDone(
  planned: PlannedExercise,
  side: number,
  held: number,
  kindOf: KindOf,
): boolean {
  return held >= getShortestHold(planned, side, kindOf);
}

export function isExerciseDone(
  planned: PlannedExercise,
  held: readonly number[],
  kindOf: KindOf,
): boolean {
  return planned.holdSeconds.every((_, side) => isSideDone(planned, side, held[side] ?? 0, kindOf));
}

/** Planned seconds of a routine, every side added up. */
export function getPlannedTotal(planned: readonly PlannedExercise[]): number {
  return planned.reduce((sum, plan) => sum + plan.holdSeconds.reduce((s, h) => s + h, 0), 0);
}

/** Total seconds held across a routine. */
export function getHeldTotal(held: readonly (readonly number[])[]): number {
  return held.reduce((sum, sides) => sum + sides.reduce((s, h) => s + h, 0), 0);
}

/** True when `heldSeconds` reach the share of `plannedSeconds` that makes a break taken. */
export function isTakenShare(heldSeconds: number, plannedSeconds: number): boolean {
  return plannedSeconds > 0 && heldSeconds >= plannedSeconds * TAKEN_SHARE;
}

/** A finished routine's outcome and the exercises held at all. */
export interface RoutineSummary {
  outcome: Extract<ChosenOutcome, 'completed' | 'partial' | 'skipped'>;
  exercises: ExerciseRecord[];
}

/**
 * What a finished routine reports: the exercises held at all (seconds per side, as
 * planned sides), and completed when every exercise is done, partial when at least
 * half of the planned hold time was held, skipped otherwise.
 */
export function summarizeRoutine(
  planned: readonly PlannedExercise[],
  held: readonly (readonly number[])[],
  kindOf: KindOf,
): RoutineSummary {
  const exercises: ExerciseRecord[] = [];
  let heldTotal = 0;
  planned.forEach((plan, index) => {
    const seconds = plan.holdSeconds.map((_, side) =>
      Math.max(0, Math.round(held[index]?.[side] ?? 0)),
    );
    heldTotal += seconds.reduce(
      (sum, s, side) => sum + Math.min(s, plan.holdSeconds[side] ?? 0),
      0,
    );
    if (seconds.some((s) => s > 0))
      exercises.push({ exerciseId: plan.exerciseId, heldSeconds: seconds });
  });
  const allDone =
    planned.length > 0 &&
    planned.every((plan, index) => isExerciseDone(plan, held[index] ?? [], kindOf));
  const taken = isTakenShare(heldTotal, getPlannedTotal(planned));
  const outcome = allDone ? 'completed' : taken ? 'partial' : 'skipped';
  return { outcome, exercises };
}

/**
 * The outcome main logs for a result from the break window: a break with exercises is
 * taken only when its records hold at least half of the planned time (each side counted
 * up to the longest planned hold, so a swapped exercise counts and a forged one cannot
 * inflate it). Snoozes, skips and breaks with nothing planned keep their outcome.
 */
export function settleOutcome<O extends ChosenOutcome>(
  planned: readonly PlannedExercise[],
  result: Pick<BreakResult, 'exercises'> & { outcome: O },
): O | 'skipped' {
  const { outcome } = result;
  if (outcome === 'snoozed' || outcome === 'skipped' || planned.length === 0) return outcome;
  const longest = Math.max(...planned.flatMap((plan) => plan.holdSeconds));
  const held = result.exercises.reduce(
    (sum, record) =>
      sum + record.heldSeconds.reduce((s, h) => s + Math.min(Math.max(0, h), longest), 0),
    0,
  );
  return isTakenShare(held, getPlannedTotal(planned)) ? outcome : 'skipped';
}

/**
 * What the break window shows on its finish card and sends to main: the routine's summary
 * with its outcome settled by `settleOutcome` against the prompt's plan, as main settles
 * it, so the card's words are what the log says. An exercise may end at its shortest dose,
 * but the break is taken only at half the planned time. A break with nothing planned (a
 * stand-up break) is done once finished.
 */
export function getLoggedResult(
  prompted: readonly PlannedExercise[],
  plans: readonly PlannedExercise[],
  held: readonly (readonly number[])[],
  kindOf: KindOf,
): RoutineSummary {
  if (plans.length === 0) return { outcome: 'completed', exercises: [] };
  const summary = summarizeRoutine(plans, held, kindOf);
  return { ...summary, outcome: settleOutcome(prompted, summary) };
}
