import { completeOnboarding } from '../../core/safety-check';
import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The first-run window's channel: equipment, safety answers, and "done" or "skipped". */
export function createOnboardingHandlers({
  settingsStore,
  wallNow,
}: HandlerContext): Pick<InvokeHandlers, 'completeOnboarding'> {
  return {
    completeOnboarding: (result) => {
      const next = completeOnboarding(settingsStore.settings, { ...result, at: wallNow() });
      settingsStore.save(next);
      return next;
    },
  };
}
