import type { EngineInput } from '../core/engine-types';
import type { DbusSession } from './platform/dbus-session';
import { setupFocus, type FocusSystem } from './platform/focus-system';

/**
 * Focus sources (do-not-disturb, calls, presentations) for this desktop; each change
 * of state reaches the engine. The signal-less ones are read at the engine's wake-ups
 * (see the shell ports' readIdleSeconds).
 */
export function setupFocusWiring(deps: {
  dbus: DbusSession | null;
  dispatch: (input: EngineInput) => void;
}): FocusSystem {
  return setupFocus(process.platform, deps.dbus, (state) =>
    deps.dispatch({ type: 'focus', state }),
  );
}
