import { z } from 'zod';
import { findExercise } from '../exercises';
import { says, saysWith } from '../settings/issue-text';
import { OWN_LIMITS, ownExerciseSchema, type OwnExercise } from './own-exercise';

/** A fixed programme holds two to four exercises (Bachmann et al. 2018: a short set, daily). */
export const PROGRAMME_SIZE = { min: 2, max: 4 } as const;

/**
 * "My programme": rotation (the routine builder chooses) or a fixed programme of 2–4
 * exercises from the catalogue and the person's own. Every rule across fields reports
 * on `mode`, so a bad file falls back to rotation and keeps the exercises.
 */
export const programmeSettingsSchema = z
  .object({
    mode: z.enum(['rotation', 'fixed']).default('rotation'),
    /** The programme, in the order it is done. */
    exerciseIds: z
      .array(z.string().min(1).max(64))
      .max(PROGRAMME_SIZE.max, says('settings.error.programmeLength'))
      .default([]),
    own: z
      .array(ownExerciseSchema)
      .max(OWN_LIMITS.exercises, says('settings.error.ownCount'))
      .default([]),
  })
  .superRefine((programme, context) => {
    const ownIds = programme.own.map((exercise) => exercise.id);
    if (new Set(ownIds).size !== ownIds.length) {
      context.addIssue({
        code: 'custom',
        path: ['own'],
        message: says('settings.error.ownSameId'),
      });
    }
    const unknown = programme.exerciseIds.find((id) => !ownIds.includes(id) && !findExercise(id));
    const twice = new Set(programme.exerciseIds).size !== programme.exerciseIds.length;
    if (unknown !== undefined || twice) {
      context.addIssue({
        code: 'custom',
        path: ['mode'],
        ...(twice
          ? { message: says('settings.error.programmeTwice') }
          : saysWith('settings.error.programmeUnknown', { exercise: unknown ?? '' })),
      });
    }
    if (programme.mode === 'fixed' && programme.exerciseIds.length < PROGRAMME_SIZE.min) {
      context.addIssue({
        code: 'custom',
        path: ['mode'],
        ...saysWith('settings.error.programmeSize', { ...PROGRAMME_SIZE }),
      });
    }
  })
  .prefault({});

export type ProgrammeSettings = z.output<typeof programmeSettingsSchema>;

/** The person's own exercise with this id, if there is one. */
export function findOwnExercise(
  programme: Pick<ProgrammeSettings, 'own'>,
  id: string,
): OwnExercise | undefined {
  return programme.own.find((exercise) => exercise.id === id);
}
