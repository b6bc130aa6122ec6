import type { EngineInput } from '../core/engine-types';
import { createFocusRecheck } from './focus-recheck';
import type { DbusSession } from './platform/dbus-session';
import { setupFocus, type FocusSystem } from './platform/focus-system';

/**
 * Focus sources (do-not-disturb, calls, presentations) for this desktop; each change
 * of state reaches the engine. The signal-less ones are read at the engine's wake-ups
 * (see the shell ports' readIdleSeconds), and once a minute while focus comes from them.
 */
export function setupFocusWiring(deps: {
  dbus: DbusSession | null;
  dispatch: (input: EngineInput) => void;
}): FocusSystem {
  const recheck = createFocusRecheck(
    () => system.refreshPolled(),
    (line) => console.warn(line),
  );
  const system = setupFocus(
    process.platform,
    deps.dbus,
    (state) => deps.dispatch({ type: 'focus', state }),
    recheck.afterRead,
  );
  return {
    ...system,
    stop: () => {
      recheck.stop();
      system.stop();
    },
  };
}
