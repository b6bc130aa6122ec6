/** The exercise catalogue: typed data, read by core (routine) and the renderer (break view). */
import { LOWER_BODY } from './exercises/lower-body';
import type { Exercise } from './exercises/types';
import { UPPER_BODY } from './exercises/upper-body';

export type { BodyArea, Equipment, Exercise, ExerciseKind, Source } from './exercises/types';
export {
  DEFAULT_STRETCH_SECONDS,
  DOSE_RANGES,
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
  type DoseRange,
} from './exercises/doses';
export { ALWAYS_STOP_IF, SAFETY_NOTE, SOURCES } from './exercises/sources';

export const EXERCISES: readonly Exercise[] = [...UPPER_BODY, ...LOWER_BODY];

/** Every body area, in the order a first week visits them. */
export const BODY_AREAS = [
  'upper-back',
  'hips',
  'chest',
  'glutes',
  'neck',
  'legs',
  'shoulders',
  'whole-body',
] as const satisfies readonly Exercise['area'][];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
