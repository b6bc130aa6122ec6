import type { FileExercise, ProgrammeFile } from '../shared/programme/file-format';
import type { OwnExercise } from '../shared/programme/own-exercise';
import type { ProgrammeSettings } from '../shared/programme/settings';

/**
 * How an imported programme file meets what the person has: the file's programme
 * replaces theirs; its own exercises are added, and one with the id of an exercise they
 * already have (the same file imported again, or an update of it) replaces that one.
 * Nothing else of theirs is dropped.
 */
export function mergeImportedProgramme(
  current: ProgrammeSettings,
  file: ProgrammeFile,
  /** The saved picture name for each imported exercise, by its index in the file. */
  pictureNames: readonly (string | null)[],
): ProgrammeSettings {
  const imported: OwnExercise[] = file.ownExercises.map((exercise: FileExercise, index) => ({
    ...exercise,
    picture: pictureNames[index] ?? null,
  }));
  const importedIds = new Set(imported.map((exercise) => exercise.id));
  const kept = current.own.filter((exercise) => !importedIds.has(exercise.id));
  return {
    mode: file.programme.mode,
    exerciseIds: [...file.programme.exerciseIds],
    own: [...kept, ...imported],
  };
}
