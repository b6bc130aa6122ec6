import type { InvokeHandlers } from '../../shared/ipc';
import { createBreakHandlers } from './break';
import type { HandlerContext } from './context';
import { createFocusHandlers } from './focus';
import { createHistoryHandlers } from './history';
import { createLanguageHandlers } from './language';
import { createOnboardingHandlers } from './onboarding';
import { createProblemsHandlers } from './problems';
import { createSafetyHandlers } from './safety';
import { createProgressionHandlers } from './progression';
import { createProgrammeHandlers } from './programme';
import { createSettingsHandlers } from './settings';
import { createShortcutHandlers } from './shortcuts';
import { createStatusHandlers } from './status';
import { createTensionHandlers } from './tension';
import { createSummaryHandlers } from './summary';
import { createKnotHandlers } from './knots';
import { createSummaryActionHandlers } from './summary-actions';

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
    ...createFocusHandlers(context),
    ...createKnotHandlers(context),
    ...createProgrammeHandlers(context),
    ...createSummaryActionHandlers(context),
    ...createShortcutHandlers(context),
    ...createLanguageHandlers(context),
  };
}
