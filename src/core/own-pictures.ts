import type { Settings } from '../shared/settings/schema';

/**
 * Which own-exercise pictures are still in use. A picture file belongs to the exercises
 * that name it; once none does (the exercise was deleted, or its picture replaced or
 * removed), the file is only taking space in the person's user-data folder.
 */

/** The picture names the settings' own exercises use. */
export function getUsedPictures(settings: Settings): Set<string> {
  const used = new Set<string>();
  for (const exercise of settings.programme.own) if (exercise.picture) used.add(exercise.picture);
  return used;
}

/** Pictures `before` used that `after` no longer does: safe to delete after the change. */
export function getDroppedPictures(before: Settings, after: Settings): string[] {
  const kept = getUsedPictures(after);
  return [...getUsedPictures(before)].filter((name) => !kept.has(name));
}

/** Of the files in the pictures folder, those no own exercise uses (a sweep at start). */
export function getOrphanPictures(files: readonly string[], settings: Settings): string[] {
  const used = getUsedPictures(settings);
  return files.filter((name) => !used.has(name));
}
