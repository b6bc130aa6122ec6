import { tz } from '@date-fns/tz';
import { isSameDay } from 'date-fns';
import type { PlannedExercise } from '../shared/domain';
import {
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
  findExercise,
  type Equipment,
} from '../shared/exercises';
import { getDoseSeconds } from '../shared/programme/own-exercise';
import { findOwnExercise } from '../shared/programme/settings';
import type { Settings } from '../shared/settings/schema';
import { getDoseAtLevel, getLevel } from './progression';
import type { RoutineRequest } from './routine';
import { getSafetyExclusion, type SafetyExclusion, type SafetyTarget } from './safety-rules';

/**
 * The fixed-programme path of the routine builder: every break plans the person's own
 * programme, in its order, minus what the safety rules, the equipment or the pressure
 * limits leave out today. What is left out is said, never silently swapped.
 */

/** A programme exercise as the builder sees it, from the catalogue or the person's own. */
export interface ProgrammeItem extends SafetyTarget {
  id: string;
  name: string;
  equipment: readonly Equipment[];
  sides: 'one' | 'both';
  /** Seconds per side: the catalogue dose at the person's level, or their own dose. */
  perSideSeconds: number;
  own: boolean;
}

export type LeftOutReason =
  SafetyExclusion | 'equipment' | 'pressureToday' | 'pressureSession' | 'missing';

export interface LeftOut {
  exerciseId: string;
  /** The exercise's name, or its id when it no longer exists. */
  name: string;
  reason: LeftOutReason;
}

export interface ProgrammePlan {
  plans: PlannedExercise[];
  leftOut: LeftOut[];
}

/** The catalogue exercise or own exercise with this id, as the builder sees it. */
export function getProgrammeItem(settings: Settings, id: string): ProgrammeItem | undefined {
  const listed = findExercise(id);
  if (listed) {
    const perSideSeconds = getDoseAtLevel(listed, getLevel(settings, id));
    return { ...listed, perSideSeconds, own: false };
  }
  const own = findOwnExercise(settings.programme, id);
  if (!own) return undefined;
  const { name, kind, area, sides, equipment } = own;
  return {
    id,
    name,
    kind,
    area,
    sides,
    equipment,
    perSideSeconds: getDoseSeconds(own.dose),
    own: true,
  };
}

/** True when the person chose a fixed programme over rotation. */
export function isFixedProgramme(settings: Settings): boolean {
  return settings.programme.mode === 'fixed';
}

function pressureDoneToday(request: RoutineRequest): number {
  const zone = tz(request.timeZone);
  return request.recent.filter(
    (done) =>
      getProgrammeItem(request.settings, done.exerciseId)?.kind === 'pressure' &&
      isSameDay(done.at, request.now, { in: zone }),
  ).length;
}

function getBlocker(item: ProgrammeItem, settings: Settings, now: number): LeftOutReason | null {
  // Safety first: a ruled-out exercise stays out whatever else is true (fail closed).
  const safety = getSafetyExclusion(item, settings.safety, now);
  if (safety) return safety;
  const owned = item.equipment.every((need) => need === 'none' || settings.equipment[need]);
  return owned ? null : 'equipment';
}

/**
 * Plans one break of the fixed programme: exactly its exercises, in order, each at its
 * dose, leaving out (and naming) what the safety rules, equipment or pressure limits rule
 * out. The break's time budget does not shorten a programme the person chose.
 */
export function planProgramme(request: RoutineRequest): ProgrammePlan {
  const { settings } = request;
  const plans: PlannedExercise[] = [];
  const leftOut: LeftOut[] = [];
  let pressureLeft = Math.max(0, PRESSURE_PER_DAY - pressureDoneToday(request));
  let pressureSeconds = 0;
  for (const id of settings.programme.exerciseIds) {
    const item = getProgrammeItem(settings, id);
    if (!item) {
      leftOut.push({ exerciseId: id, name: id, reason: 'missing' });
      continue;
    }
    const sides = item.sides === 'both' ? 2 : 1;
    const total = item.perSideSeconds * sides;
    let reason = getBlocker(item, settings, request.now);
    if (!reason && item.kind === 'pressure') {
      if (pressureLeft === 0) reason = 'pressureToday';
      else if (pressureSeconds + total > PRESSURE_SESSION_MAX_SECONDS) reason = 'pressureSession';
    }
    if (reason) {
      leftOut.push({ exerciseId: id, name: item.name, reason });
      continue;
    }
    if (item.kind === 'pressure') {
      pressureLeft -= 1;
      pressureSeconds += total;
    }
    plans.push({
      exerciseId: id,
      holdSeconds: Array.from({ length: sides }, () => item.perSideSeconds),
    });
  }
  return { plans, leftOut };
}
