import { getDayKey } from '../../core/summary-week';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The break window's channels. */
export function createBreakHandlers({
  controller,
  logStore,
  history,
}: HandlerContext): Pick<InvokeHandlers, 'getBreak' | 'finishBreak'> {
  return {
    getBreak: () => {
      const prompt = controller.getPrompt();
      if (!prompt) return null;
      // The finish card says "… of care today": today's logged care plus this break's.
      const today = logStore.getDay(getDayKey(history.now(), history.timeZone));
      return { ...prompt, careTodaySeconds: today?.careSeconds ?? 0 };
    },
    finishBreak: (result) => controller.dispatch({ type: 'finishBreak', result }),
  };
}
