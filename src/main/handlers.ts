import type { InvokeHandlers } from '../shared/ipc';
import type { Controller } from './controller';

/** The main-side implementation of every invoke channel. Electron-free. */
export function createHandlers(controller: Controller): InvokeHandlers {
  return {
    getBreak: () => controller.getPrompt(),
    finishBreak: (result) => controller.dispatch({ type: 'finishBreak', result }),
    getStatus: () => controller.getStatus(),
  };
}
