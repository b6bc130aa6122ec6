import type { EngineInput } from '../core/engine-types';
import { getWindowClosedResult } from '../core/window-close';
import type { AppStatus } from '../shared/domain';
import { closeBreakWindow, focusBreakWindow, openBreakWindow } from './platform/break-window';
import { detectDimOverlaySupport } from './platform/dim-support';
import type { FocusSystem } from './platform/focus-system';
import type { IdleReader } from './platform/idle';
import type { ReturnWatch } from './platform/idle-watch';
import { createOneShotTimer, readClock } from './platform/timer';
import { broadcast } from './platform/windows';
import type { MainServices, ShellPorts } from './services';

export interface ShellPortsSetup {
  ports: ShellPorts;
  /** Whether the dim overlay can dim here; false until the desktop answered. */
  dimOverlaySupported(): boolean;
}

/**
 * The controller's effects on the desktop: the one timer, idle readings, notices and
 * the break window. `services` and `focus` exist only after the ports do (the
 * controller needs them first), so both are read late.
 */
export function setupShellPorts(deps: {
  idle: IdleReader;
  /** Where the desktop signals input (Mutter), a return while away is heard at once. */
  returnWatch?: ReturnWatch | null;
  focus: () => FocusSystem | null;
  services: () => MainServices | null;
  dispatch: (input: EngineInput) => void;
  showNotice: ShellPorts['showNotice'];
  showStatus: (status: AppStatus) => void;
}): ShellPortsSetup {
  const timer = createOneShotTimer();
  // Asked once at start (the X server answers in milliseconds); unsupported until known.
  let dimSupported = false;
  void detectDimOverlaySupport().then((supported) => (dimSupported = supported));
  const ports: ShellPorts = {
    now: readClock,
    setTimer: (atMono, fire) => timer.set(atMono, fire),
    // Each wake-up asks the idle chain afresh (D-Bus is async), then samples.
    // Focus sources without signals (the camera) are read at the same decision points.
    readIdleSeconds: () =>
      Promise.all([
        deps.idle.refresh(),
        deps
          .focus()
          ?.refresh()
          .catch(() => undefined),
      ]).then(() => deps.idle.read()),
    ...(deps.returnWatch ? { watchReturn: deps.returnWatch } : {}),
    showNotice: deps.showNotice,
    openBreakWindow: () =>
      openBreakWindow({
        // Where it cannot dim it would blacken: the setting is then ignored.
        dimOtherDisplays: dimSupported && deps.services()?.settingsStore.settings.dimOtherDisplays,
        onClosedByPerson: () => {
          const prompt = deps.services()?.controller.getPrompt();
          if (prompt) deps.dispatch({ type: 'finishBreak', result: getWindowClosedResult(prompt) });
        },
      }),
    focusBreakWindow,
    closeBreakWindow,
    showStatus: deps.showStatus,
    broadcast,
  };
  return { ports, dimOverlaySupported: () => dimSupported };
}
