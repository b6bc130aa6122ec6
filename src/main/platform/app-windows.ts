import { app } from 'electron';
import { getAppWindowOptions, type AppWindowKind } from './window-options';
import { createAppWindow, displayUnderPointer, findWindow } from './windows';

/** These windows open on a click (tray, notice, relaunch): on macOS they may take focus. */
function takeFocus(): void {
  if (process.platform === 'darwin') app.focus({ steal: true });
}

/**
 * Opens the summary, settings, onboarding or knot finder window, or brings the open one forward.
 * Created on demand and destroyed on close: between uses no renderer runs.
 */
export function showAppWindow(kind: AppWindowKind): void {
  const open = findWindow(kind);
  if (open && !open.isDestroyed()) {
    if (open.isMinimized()) open.restore();
    open.show();
    takeFocus();
    open.focus();
    return;
  }
  const window = createAppWindow(kind, getAppWindowOptions(kind, displayUnderPointer()));
  window.once('ready-to-show', () => {
    window.show();
    takeFocus();
    window.focus();
  });
}
