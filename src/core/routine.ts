import type { BreakKind, PlannedExercise } from '../shared/domain';
import { EXERCISES, type Equipment } from '../shared/exercises';
import type { Settings } from './settings';

/** Everything the routine builder may look at to fill one break. */
export interface RoutineRequest {
  kind: BreakKind;
  /** How long the break should take, seconds. */
  budgetSeconds: number;
  settings: Settings;
  /** Exercises done recently (wall-clock epoch ms), newest last. */
  recent: readonly { exerciseId: string; at: number }[];
  /** Wall-clock now, epoch ms, and the IANA time zone that says what "today" is. */
  now: number;
  timeZone: string;
}

/** True when the person owns everything the exercise needs. */
function hasEquipment(settings: Settings, needs: readonly Equipment[]): boolean {
  return needs.every((item) => item === 'none' || settings.equipment[item]);
}

/** First version: the first allowed exercise. The routine builder replaces this. */
export function planRoutine(request: RoutineRequest): PlannedExercise[] {
  const { settings } = request;
  const allowed = EXERCISES.filter(
    (exercise) =>
      hasEquipment(settings, exercise.equipment) &&
      !settings.exercises.disabled.includes(exercise.id) &&
      (settings.safety.pressureAllowed || exercise.kind !== 'pressure'),
  );
  const chosen = allowed[0];
  if (!chosen) return [];
  const sides = chosen.sides === 'both' ? 2 : 1;
  return [
    {
      exerciseId: chosen.id,
      holdSeconds: Array.from({ length: sides }, () => chosen.holdSeconds),
    },
  ];
}
