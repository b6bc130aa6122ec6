import { rateInBreak, type BreakRatings } from '../../core/break-ratings';
import { getDoseAtLevel, getLevel } from '../../core/progression';
import { findExercise } from '../../shared/exercises';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/**
 * The break window's rating of a hold or set: the next dose of that exercise follows it.
 * Main remembers the levels rated in the current break, so a second tap replaces the first.
 */
export function createProgressionHandlers({
  settingsStore,
}: HandlerContext): Pick<InvokeHandlers, 'rateEffort'> {
  let memory: BreakRatings | null = null;
  return {
    rateEffort: ({ promptId, exerciseId, effort }) => {
      const exercise = findExercise(exerciseId);
      if (!exercise) throw new Error(`Unknown exercise "${exerciseId}"`);
      const before = settingsStore.settings;
      const rated = rateInBreak(before, memory, promptId, exerciseId, effort);
      if (rated.settings !== before) settingsStore.save(rated.settings);
      memory = rated.memory;
      // "Changed" against this break's dose, so undoing a move reads as "stays".
      const was = getDoseAtLevel(exercise, rated.startLevel);
      const nextSeconds = getDoseAtLevel(exercise, getLevel(rated.settings, exerciseId));
      return { nextSeconds, changed: nextSeconds !== was };
    },
  };
}
