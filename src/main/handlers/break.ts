import { getBreakExercises } from '../../core/break-exercises';
import { getAllowedExercises } from '../../core/routine';
import { getDayKey } from '../../core/summary-week';
import { EXERCISES } from '../../shared/exercises';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The break window's channels. */
export function createBreakHandlers({
  controller,
  logStore,
  history,
  settingsStore,
}: HandlerContext): Pick<InvokeHandlers, 'getBreak' | 'finishBreak'> {
  return {
    getBreak: () => {
      const prompt = controller.getPrompt();
      if (!prompt) return null;
      // The finish card says "… of care today": today's logged care plus this break's.
      const today = logStore.getDay(getDayKey(history.now(), history.timeZone));
      const planned = new Set(prompt.exercises.map((plan) => plan.exerciseId));
      const { settings } = settingsStore;
      const ownExercises = settings.programme.own.filter((e) => planned.has(e.id));
      // Swaps follow the rules the planner followed (equipment, disabled list, safety).
      const allowed = getAllowedExercises(settings, history.now());
      const catalogue = getBreakExercises(prompt.exercises, allowed, EXERCISES);
      return { ...prompt, careTodaySeconds: today?.careSeconds ?? 0, ownExercises, catalogue };
    },
    finishBreak: (result) => controller.dispatch({ type: 'finishBreak', result }),
  };
}
