import { DOSE_LEVELS, findExercise, type Exercise } from '../shared/exercises';
import type { Effort } from '../shared/domain';
import type { Settings } from '../shared/settings/schema';
import { isRated } from './rated-kinds';

export { isRated };

/**
 * Progression: each exercise steps through its kind's dose levels (all inside the
 * evidence range). A level is stored as an offset from the exercise's own dose, so 0 is
 * the catalogue's dose, −1 one step easier, +1 one step harder.
 */

/** How far down and up an exercise can step from its own dose. */
export function getLevelBounds(exercise: Pick<Exercise, 'kind' | 'holdSeconds'>): {
  lowest: number;
  highest: number;
} {
  const levels = DOSE_LEVELS[exercise.kind];
  const start = Math.max(0, levels.indexOf(exercise.holdSeconds));
  return { lowest: -start, highest: levels.length - 1 - start };
}

function clampLevel(exercise: Pick<Exercise, 'kind' | 'holdSeconds'>, level: number): number {
  const { lowest, highest } = getLevelBounds(exercise);
  if (!Number.isFinite(level)) return 0;
  return Math.min(highest, Math.max(lowest, Math.round(level)));
}

/** Seconds per side at `level`; out-of-range levels are held at the nearest bound. */
export function getDoseAtLevel(
  exercise: Pick<Exercise, 'kind' | 'holdSeconds'>,
  level: number,
): number {
  const levels = DOSE_LEVELS[exercise.kind];
  const start = Math.max(0, levels.indexOf(exercise.holdSeconds));
  return levels[start + clampLevel(exercise, level)] ?? exercise.holdSeconds;
}

/** One step down after "too much", up after "too little", none after "right"; never past a bound. */
export function getNextLevel(
  exercise: Pick<Exercise, 'kind' | 'holdSeconds'>,
  level: number,
  effort: Effort,
): number {
  const step = effort === 'too-much' ? -1 : effort === 'too-little' ? 1 : 0;
  return clampLevel(exercise, clampLevel(exercise, level) + step);
}

/** The level of an exercise in these settings (0 when never rated). */
export function getLevel(settings: Settings, exerciseId: string): number {
  return settings.exercises.levels[exerciseId] ?? 0;
}

/**
 * The settings after the person rated one exercise: its level one step from `fromLevel`,
 * by default the level it has now. Unknown or unrated exercises leave the settings as
 * they were.
 */
export function applyEffort(
  settings: Settings,
  exerciseId: string,
  effort: Effort,
  fromLevel = getLevel(settings, exerciseId),
): Settings {
  const exercise = findExercise(exerciseId);
  if (!exercise || !isRated(exercise)) return settings;
  const level = getNextLevel(exercise, fromLevel, effort);
  const levels = { ...settings.exercises.levels, [exerciseId]: level };
  return { ...settings, exercises: { ...settings.exercises, levels } };
}
