import { tz } from '@date-fns/tz';
import { isSameDay } from 'date-fns';
import type { BreakKind, PlannedExercise } from '../shared/domain';
import {
  DOSE_RANGES,
  EXERCISES,
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
  findExercise,
  type BodyArea,
  type Equipment,
  type Exercise,
} from '../shared/exercises';
import type { Settings } from '../shared/settings/schema';
import { isSafeFor } from './safety-rules';
import { getDoseAtLevel, getLevel } from './progression';
import { favourKnotSpots, type KnotMarks } from './knot-weighting';
import { isFixedProgramme, planProgramme } from './programme';
import { WALK_ID } from '../shared/exercises/types';

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
  /** The knot finder's latest marks: exercises for tender spots come first. */
  knotMarks?: KnotMarks;
}

export { WALK_ID };

/** A break holds one to three exercises. */
export const MAX_EXERCISES = 3;

/** True when the person owns everything the exercise needs. */
export function hasEquipment(settings: Settings, needs: readonly Equipment[]): boolean {
  return needs.every((item) => item === 'none' || settings.equipment[item]);
}

/** Pressure exercises already done on the calendar day of `now` in `timeZone`. */
export function countPressureToday(request: RoutineRequest): number {
  const zone = tz(request.timeZone);
  return request.recent.filter(
    (done) =>
      findExercise(done.exerciseId)?.kind === 'pressure' &&
      isSameDay(done.at, request.now, { in: zone }),
  ).length;
}

/**
 * The exercises this person may be offered at all (equipment, disabled list, safety).
 * `now` (wall-clock epoch ms) lets a protective mode end; without it one counts as on.
 */
export function getAllowedExercises(settings: Settings, now?: number): Exercise[] {
  return EXERCISES.filter(
    (exercise) =>
      hasEquipment(settings, exercise.equipment) &&
      !settings.exercises.disabled.includes(exercise.id) &&
      isSafeFor(exercise, settings.safety, now),
  );
}

/** Least recently done first: never-done areas, then the oldest; ties keep catalogue order. */
function byRotation(recent: RoutineRequest['recent']) {
  const lastArea = new Map<BodyArea, number>();
  const lastExercise = new Map<string, number>();
  for (const done of recent) {
    const exercise = findExercise(done.exerciseId);
    if (!exercise) continue;
    lastArea.set(exercise.area, Math.max(lastArea.get(exercise.area) ?? -Infinity, done.at));
    lastExercise.set(exercise.id, Math.max(lastExercise.get(exercise.id) ?? -Infinity, done.at));
  }
  const areaAt = (e: Exercise) => lastArea.get(e.area) ?? -Infinity;
  const exerciseAt = (e: Exercise) => lastExercise.get(e.id) ?? -Infinity;
  // Never-done is -Infinity, and -Infinity minus -Infinity is NaN: compare, don't subtract.
  const compare = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0);
  return (a: Exercise, b: Exercise): number =>
    compare(areaAt(a), areaAt(b)) || compare(exerciseAt(a), exerciseAt(b));
}

function sideCount(exercise: Exercise): number {
  return exercise.sides === 'both' ? 2 : 1;
}

function plan(exercise: Exercise, perSide: number): PlannedExercise {
  return {
    exerciseId: exercise.id,
    holdSeconds: Array.from({ length: sideCount(exercise) }, () => perSide),
  };
}

/**
 * Fills one break: one to three exercises from different body areas, least recently
 * done areas first, within the budget. The first exercise may be shortened to its
 * kind's minimum dose so a short break still holds one; later ones keep their full
 * dose or are left out. Doses follow the person's level for each exercise (progression).
 * Movement breaks end with a 3–5 minute walk, or a seated alternative if the walk is off.
 * A fixed programme replaces all of this (core/programme); when the safety rules leave
 * none of it today, rotation fills the break so it still holds something safe.
 */
export function planRoutine(request: RoutineRequest): PlannedExercise[] {
  if (isFixedProgramme(request.settings)) {
    const fixed = planProgramme(request);
    if (fixed.plans.length > 0) return fixed.plans;
  }
  const allowed = getAllowedExercises(request.settings, request.now);
  // A movement break ends with the walk; when the walk is switched off, with the least
  // recently done seated alternative (seated marching, arm circles: wheelchair-friendly).
  const moves = allowed.filter((e) => e.kind === 'movement').sort(byRotation(request.recent));
  const walk =
    request.kind === 'movement' ? (moves.find((e) => e.id === WALK_ID) ?? moves[0]) : undefined;
  const walkRange = DOSE_RANGES.movement;
  const budget = Math.max(0, Math.round(request.budgetSeconds));
  let left = walk ? Math.max(0, budget - walkRange.minSeconds) : budget;
  let pressureLeft = Math.max(0, PRESSURE_PER_DAY - countPressureToday(request));
  let pressureSeconds = 0;

  const rotation = allowed.filter((e) => e.kind !== 'movement').sort(byRotation(request.recent));
  const candidates = favourKnotSpots(rotation, request.knotMarks ?? {});
  const chosen: PlannedExercise[] = [];
  const areas = new Set<BodyArea>();
  const slots = walk ? MAX_EXERCISES - 1 : MAX_EXERCISES;

  for (const exercise of candidates) {
    if (chosen.length >= slots) break;
    if (areas.has(exercise.area)) continue;
    const isPressure = exercise.kind === 'pressure';
    if (isPressure && pressureLeft === 0) continue;
    const sides = sideCount(exercise);
    const shortest = DOSE_RANGES[exercise.kind].minSeconds;
    const dose = getDoseAtLevel(exercise, getLevel(request.settings, exercise.id));
    const perSide = chosen.length === 0 && !walk ? Math.min(dose, Math.floor(left / sides)) : dose;
    if (perSide < shortest || perSide * sides > left) continue;
    if (isPressure && pressureSeconds + perSide * sides > PRESSURE_SESSION_MAX_SECONDS) continue;
    chosen.push(plan(exercise, perSide));
    areas.add(exercise.area);
    left -= perSide * sides;
    if (isPressure) {
      pressureLeft -= 1;
      pressureSeconds += perSide * sides;
    }
  }

  if (walk) {
    const used = chosen.reduce((sum, p) => sum + p.holdSeconds.reduce((s, h) => s + h, 0), 0);
    const walkSeconds = Math.min(
      walkRange.maxSeconds,
      Math.max(walkRange.minSeconds, budget - used),
    );
    chosen.push(plan(walk, walkSeconds));
  }
  return chosen;
}
