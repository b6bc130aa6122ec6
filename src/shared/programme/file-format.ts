import { z } from 'zod';
import { message, type Message } from '../i18n/message';
import { describeSettingsIssue, says } from '../settings/issue-text';
import { checkOwnDose, ownExerciseShape, OWN_LIMITS } from './own-exercise';
import { MAX_PICTURE_BYTES } from './picture-type';
import { PROGRAMME_SIZE, type ProgrammeSettings } from './settings';

/**
 * The programme file: one JSON file holding a programme and the person's own exercises,
 * with their pictures embedded as base64, so a physiotherapist's set travels whole.
 *
 *   { "format": "unknot-programme", "version": 1, "exportedAt": "2026-12-01T22:00:00.000Z",
 *     "programme": { "mode": "fixed", "exerciseIds": ["own-…", "seated-cat-cow"] },
 *     "ownExercises": [{ "id": "own-…", "name": "…", …, "picture": { "type": "png", "base64": "…" } }] }
 */

export const PROGRAMME_FILE_FORMAT = 'unknot-programme';
export const PROGRAMME_FILE_VERSION = 1;
/** 20 pictures of 2 MB in base64, plus the text: anything bigger is not ours. */
export const MAX_PROGRAMME_FILE_BYTES = 64 * 1024 * 1024;

const embeddedPictureSchema = z.object({
  type: z.enum(['png', 'jpg', 'webp']),
  base64: z
    .string()
    .max(Math.ceil(MAX_PICTURE_BYTES / 3) * 4, says('settings.error.embeddedTooLarge'))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, says('settings.error.embeddedNotBase64')),
});

export type EmbeddedPicture = z.output<typeof embeddedPictureSchema>;

const fileExerciseSchema = z
  .object({ ...ownExerciseShape, picture: embeddedPictureSchema.nullable().default(null) })
  .superRefine(checkOwnDose);

export type FileExercise = z.output<typeof fileExerciseSchema>;

const programmeFileSchema = z.object({
  format: z.literal(PROGRAMME_FILE_FORMAT),
  version: z.literal(PROGRAMME_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  programme: z.object({
    mode: z.enum(['rotation', 'fixed']),
    exerciseIds: z
      .array(z.string().min(1).max(64))
      .max(PROGRAMME_SIZE.max, `At most ${PROGRAMME_SIZE.max} exercises`),
  }),
  ownExercises: z
    .array(fileExerciseSchema)
    .max(OWN_LIMITS.exercises, `At most ${OWN_LIMITS.exercises} own exercises`),
});

export type ProgrammeFile = z.output<typeof programmeFileSchema>;

export type ProgrammeFileRead = { ok: true; file: ProgrammeFile } | { ok: false; error: Message };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a programme file's text: the file, or one clear sentence saying what is wrong,
 * as a descriptor (a field's problem too) that the window formats in its language.
 */
export function parseProgrammeFile(text: string): ProgrammeFileRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: message('data.programme.notJson') };
  }
  if (!isRecord(value) || value.format !== PROGRAMME_FILE_FORMAT) {
    return { ok: false, error: message('data.programme.notProgramme') };
  }
  if (value.version !== PROGRAMME_FILE_VERSION) {
    const version = JSON.stringify(value.version) ?? 'none';
    return {
      ok: false,
      error: message('data.programme.version', { version, supported: PROGRAMME_FILE_VERSION }),
    };
  }
  const parsed = programmeFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const problem = issue ? describeSettingsIssue(issue) : message('settings.error.invalid');
  return { ok: false, error: message('data.programme.field', { field, problem }) };
}

/** The file for a programme; `pictureOf` gives each picture's bytes, or null to leave it out. */
export function buildProgrammeFile(
  programme: ProgrammeSettings,
  pictureOf: (name: string) => EmbeddedPicture | null,
  exportedAt: string,
): ProgrammeFile {
  return {
    format: PROGRAMME_FILE_FORMAT,
    version: PROGRAMME_FILE_VERSION,
    exportedAt,
    programme: { mode: programme.mode, exerciseIds: [...programme.exerciseIds] },
    ownExercises: programme.own.map((exercise) => ({
      ...exercise,
      picture: exercise.picture === null ? null : pictureOf(exercise.picture),
    })),
  };
}
