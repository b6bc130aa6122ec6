import type { InvokeHandlers } from '../../shared/ipc';
import { isFocusSourceName } from '../../shared/ipc-focus';
import type { HandlerContext } from './context';

/** Which focus sources answer on this computer, for the notice in Settings. */
export function createFocusHandlers({
  focusSources,
}: HandlerContext): Pick<InvokeHandlers, 'getFocusSources'> {
  return {
    // Only names the contract knows leave main: the renderer words each one.
    getFocusSources: () => ({ working: (focusSources?.() ?? []).filter(isFocusSourceName) }),
  };
}
