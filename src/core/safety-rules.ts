import type { BodyArea, Exercise } from '../shared/exercises';
import {
  OPERATION_SITE_IDS,
  PRESSURE_CONTRAINDICATIONS,
  type ContraindicationId,
  type OperationSite,
} from '../shared/safety';
import type { Settings } from '../shared/settings/schema';

type Safety = Settings['safety'];

/** What the rules read of an exercise: a catalogue exercise, or a person's own one. */
export type SafetyTarget = Pick<Exercise, 'kind' | 'area' | 'ruledOutBy' | 'loadsSites'>;

/**
 * What each body area's exercises load, for the rule "after an operation, leave out what
 * loads that part". Hip-flexor lunges load the knee and stretch the belly; hamstring
 * stretches pull on the lower back. The walk loads nothing extra: it stays as the gentle
 * movement a surgeon usually asks for.
 */
const AREA_SITES: Partial<Record<BodyArea, readonly OperationSite[]>> = {
  neck: ['neck'],
  shoulders: ['shoulder', 'neck'],
  'upper-back': ['upperBack', 'shoulder'],
  chest: ['chest', 'shoulder'],
  hips: ['hip', 'knee', 'lowerBack', 'abdomen'],
  glutes: ['hip', 'lowerBack'],
  legs: ['hip', 'knee', 'lowerBack'],
  'whole-body': [],
};

/**
 * The conditions that rule an exercise out: every pressure contraindication for a
 * pressure exercise (a floor no exercise can lower), plus its own `ruledOutBy`.
 */
export function getRuledOutBy(exercise: SafetyTarget): ContraindicationId[] {
  const base = exercise.kind === 'pressure' ? PRESSURE_CONTRAINDICATIONS : [];
  return [...new Set([...base, ...(exercise.ruledOutBy ?? [])])];
}

/** The sites an exercise loads: its own `loadsSites`, else its area's (all sites if unknown). */
export function getLoadedSites(exercise: SafetyTarget): readonly OperationSite[] {
  return exercise.loadsSites ?? AREA_SITES[exercise.area] ?? OPERATION_SITE_IDS;
}

/**
 * True while a reported warning sign keeps breaks to gentle movement. Without `now`
 * (a caller that cannot say), a recorded protective mode counts as on: fail closed.
 */
export function isProtective(safety: Safety, now?: number): boolean {
  if (safety.protective === null) return false;
  return now === undefined || now < safety.protective.until;
}

/** True once every question has an answer, or a professional cleared pressure. */
export function isAnswered(safety: Safety): boolean {
  return safety.answeredAt !== null || safety.clearedByProfessionalAt !== null;
}

/** Pressure is planned only after the check, with no reason against it, outside protective mode. */
export function isPressurePlanned(safety: Safety, now?: number): boolean {
  return isAnswered(safety) && safety.pressureAllowed && !isProtective(safety, now);
}

export type SafetyExclusion = 'protective' | 'pressure' | 'condition' | 'operationSite';

/** Why the safety rules leave an exercise out for this person, or null when they do not. */
export function getSafetyExclusion(
  exercise: SafetyTarget,
  safety: Safety,
  now?: number,
): SafetyExclusion | null {
  // Protective mode: no pressure or strength work, gentle movement only.
  if (isProtective(safety, now) && exercise.kind !== 'movement') return 'protective';
  if (exercise.kind === 'pressure' && !isPressurePlanned(safety, now)) return 'pressure';
  // Extra conditions of other kinds: out on a "yes", and until the question is answered.
  const own = exercise.kind === 'pressure' ? [] : getRuledOutBy(exercise);
  if (own.some((id) => safety.answers[id] !== false)) return 'condition';
  const sites = getLoadedSites(exercise);
  if (safety.operationSites.some((site) => sites.includes(site))) return 'operationSite';
  return null;
}

/** The one safety filter the routine builder applies (core/routine getAllowedExercises). */
export function isSafeFor(exercise: SafetyTarget, safety: Safety, now?: number): boolean {
  return getSafetyExclusion(exercise, safety, now) === null;
}
