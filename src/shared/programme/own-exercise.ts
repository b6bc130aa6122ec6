import { z } from 'zod';
import { BODY_AREAS, DOSE_RANGES, type ExerciseKind } from '../exercises';
import { says, saysWith, type SettingsErrorId } from '../settings/issue-text';

/**
 * A person's own exercise, such as one their physiotherapist gave them. It carries only
 * the person's own words: no health claims, no sources, no drawing (an optional picture).
 */

/** Own exercise ids never clash with the catalogue's: they all start with "own-". */
export const OWN_ID_PATTERN = /^own-[a-z0-9]{6,32}$/;

/** Pictures live in the user-data folder under a generated name; nothing else is ever read. */
export const PICTURE_NAME_PATTERN = /^[a-f0-9]{32}\.(png|jpg|webp)$/;

/** A slow repetition, about two seconds each way: how a count becomes a timed set. */
export const SECONDS_PER_REPETITION = 4;

export const OWN_LIMITS = {
  name: 60,
  step: 200,
  steps: 8,
  exercises: 20,
} as const;

const EQUIPMENT = ['ball', 'wall', 'chair', 'doorway', 'band', 'foamRoller'] as const;
const KINDS = ['pressure', 'stretch', 'strength', 'movement'] as const satisfies ExerciseKind[];

const wholeNumber = (unit: 'seconds' | 'repetitions') =>
  z
    .number({ error: says(`settings.error.${unit}.number`) })
    .int(says(`settings.error.${unit}.whole`));

const doseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hold'), seconds: wholeNumber('seconds') }),
  z.object({ type: z.literal('repetitions'), count: wholeNumber('repetitions') }),
]);

export type OwnDose = z.output<typeof doseSchema>;

/** Seconds per side the break gives a dose: a hold as it is, repetitions at a slow pace. */
export function getDoseSeconds(dose: OwnDose): number {
  return dose.type === 'hold' ? dose.seconds : dose.count * SECONDS_PER_REPETITION;
}

/** The dose limits for a kind, in the unit of the dose (seconds or repetitions). */
export function getDoseLimits(kind: ExerciseKind, type: OwnDose['type']) {
  const range = DOSE_RANGES[kind];
  if (type === 'hold') return { min: range.minSeconds, max: range.maxSeconds, unit: 'seconds' };
  return {
    min: Math.ceil(range.minSeconds / SECONDS_PER_REPETITION),
    max: Math.floor(range.maxSeconds / SECONDS_PER_REPETITION),
    unit: 'repetitions',
  };
}

const text = (max: number, empty: SettingsErrorId) =>
  z
    .string({ error: says(empty) })
    .trim()
    .min(1, says(empty))
    .max(max, says('settings.error.characters'));

/** The fields of an own exercise, apart from the dose check (the export file reuses them). */
export const ownExerciseShape = {
  id: z.string().regex(OWN_ID_PATTERN, says('settings.error.ownId')),
  name: text(OWN_LIMITS.name, 'settings.error.ownName'),
  steps: z
    .array(text(OWN_LIMITS.step, 'settings.error.stepEmpty'))
    .min(1, says('settings.error.stepsMin'))
    .max(OWN_LIMITS.steps, says('settings.error.stepsMax')),
  sides: z.enum(['one', 'both'], { error: says('settings.error.sides') }),
  kind: z.enum(KINDS, { error: says('settings.error.kind') }),
  area: z.enum(BODY_AREAS, { error: says('settings.error.area') }),
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).default([]),
  dose: doseSchema,
};

/** The dose must sit inside the evidence range of the exercise's kind. */
export function checkOwnDose(
  exercise: { kind: ExerciseKind; dose: OwnDose },
  context: z.RefinementCtx,
): void {
  // Pressure is always a timed hold: counting presses invites pressing too often.
  if (exercise.kind === 'pressure' && exercise.dose.type === 'repetitions') {
    context.addIssue({
      code: 'custom',
      path: ['dose', 'type'],
      message: says('settings.error.pressureHeld'),
    });
    return;
  }
  const amount = exercise.dose.type === 'hold' ? exercise.dose.seconds : exercise.dose.count;
  const { min, max, unit } = getDoseLimits(exercise.kind, exercise.dose.type);
  if (amount < min || amount > max) {
    context.addIssue({
      code: 'custom',
      path: ['dose', exercise.dose.type === 'hold' ? 'seconds' : 'count'],
      ...saysWith('settings.error.doseRange', { min, max, unit }),
    });
  }
}

export const ownExerciseSchema = z
  .object({
    ...ownExerciseShape,
    picture: z
      .string()
      .regex(PICTURE_NAME_PATTERN, says('settings.error.picture'))
      .nullable()
      .default(null),
  })
  .superRefine(checkOwnDose);

export type OwnExercise = z.output<typeof ownExerciseSchema>;
export type OwnExerciseInput = z.input<typeof ownExerciseSchema>;
