import { applyEffort, getDoseAtLevel, getLevel } from '../../core/progression';
import { findExercise } from '../../shared/exercises';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The break window's rating of a hold or set: the next dose of that exercise follows it. */
export function createProgressionHandlers({
  settingsStore,
}: HandlerContext): Pick<InvokeHandlers, 'rateEffort'> {
  return {
    rateEffort: ({ exerciseId, effort }) => {
      const exercise = findExercise(exerciseId);
      if (!exercise) throw new Error(`Unknown exercise "${exerciseId}"`);
      const before = settingsStore.settings;
      const after = applyEffort(before, exerciseId, effort);
      if (after !== before) settingsStore.save(after);
      const was = getDoseAtLevel(exercise, getLevel(before, exerciseId));
      const nextSeconds = getDoseAtLevel(exercise, getLevel(after, exerciseId));
      return { nextSeconds, changed: nextSeconds !== was };
    },
  };
}
