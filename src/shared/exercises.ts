/** The exercise catalogue: typed data, read by core (routine) and the renderer (break view). */
import { CHEST_FOREARMS } from './exercises/chest-forearms';
import { GLUTES } from './exercises/glutes';
import { LEGS } from './exercises/legs';
import { LOWER_BACK_HIPS } from './exercises/lower-back-hips';
import { MOVEMENT } from './exercises/movement';
import { NECK } from './exercises/neck';
import { SHOULDERS } from './exercises/shoulders';
import type { Exercise } from './exercises/types';
import { UPPER_BACK_HOLDS } from './exercises/upper-back-holds';
import { UPPER_BACK_MOVES } from './exercises/upper-back-moves';

export type { BodyArea, Equipment, Exercise, ExerciseKind, Source } from './exercises/types';
export {
  DEFAULT_STRETCH_SECONDS,
  DOSE_LEVELS,
  DOSE_RANGES,
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
  type DoseRange,
} from './exercises/doses';
export { ALWAYS_STOP_IF, SAFETY_NOTE, SOURCES } from './exercises/sources';
export { getSideText, type WorkedSide } from './exercises/side-text';

export const EXERCISES: readonly Exercise[] = [
  ...UPPER_BACK_HOLDS,
  ...UPPER_BACK_MOVES,
  ...NECK,
  ...SHOULDERS,
  ...CHEST_FOREARMS,
  ...LOWER_BACK_HIPS,
  ...GLUTES,
  ...LEGS,
  ...MOVEMENT,
];

/** Every body area, in the order a first week visits them. */
export const BODY_AREAS = [
  'upper-back',
  'hips',
  'chest',
  'glutes',
  'neck',
  'lower-back',
  'legs',
  'forearms',
  'shoulders',
  'whole-body',
] as const satisfies readonly Exercise['area'][];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
