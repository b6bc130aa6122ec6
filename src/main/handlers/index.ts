import type { InvokeHandlers } from '../../shared/ipc';
import { createBreakHandlers } from './break';
import type { HandlerContext } from './context';
import { createHistoryHandlers } from './history';
import { createOnboardingHandlers } from './onboarding';
import { createProblemsHandlers } from './problems';
import { createSafetyHandlers } from './safety';
import { createProgressionHandlers } from './progression';
import { createSettingsHandlers } from './settings';
import { createStatusHandlers } from './status';
import { createTensionHandlers } from './tension';
import { createSummaryHandlers } from './summary';

/**
 * The main-side implementation of every invoke channel, one module per window or
 * concern. Electron-free: the browser tests run exactly these.
 */
export function createHandlers(context: HandlerContext): InvokeHandlers {
  return {
    ...createStatusHandlers(context),
    ...createBreakHandlers(context),
    ...createProgressionHandlers(context),
    ...createHistoryHandlers(context),
    ...createSettingsHandlers(context),
    ...createOnboardingHandlers(context),
    ...createSafetyHandlers(context),
    ...createTensionHandlers(context),
    ...createSummaryHandlers(context),
    ...createProblemsHandlers(context),
  };
}
