import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The break window's channels. */
export function createBreakHandlers({
  controller,
}: HandlerContext): Pick<InvokeHandlers, 'getBreak' | 'finishBreak'> {
  return {
    getBreak: () => controller.getPrompt(),
    finishBreak: (result) => controller.dispatch({ type: 'finishBreak', result }),
  };
}
