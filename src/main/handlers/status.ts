import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** Channels every window may use. */
export function createStatusHandlers({
  controller,
}: HandlerContext): Pick<InvokeHandlers, 'getStatus'> {
  return {
    getStatus: () => controller.getStatus(),
  };
}
