import { app, type BrowserWindowConstructorOptions } from 'electron';
import { WINDOW_SIZES, type WindowSize } from '../../shared/window-sizes';
import { createAppWindow, displayUnderPointer, findWindow } from './windows';

export type AppWindowKind = 'summary' | 'settings' | 'onboarding' | 'knots';

const LOOKS: Record<AppWindowKind, { title: string } & WindowSize> = {
  summary: { title: "Unknot — this week's summary", ...WINDOW_SIZES.summary },
  settings: { title: 'Unknot — settings', ...WINDOW_SIZES.settings },
  onboarding: { title: 'Welcome to Unknot', ...WINDOW_SIZES.onboarding },
  knots: { title: 'Unknot — find my knots', ...WINDOW_SIZES.knots },
};

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
  const look = LOOKS[kind];
  const area = displayUnderPointer();
  const options: BrowserWindowConstructorOptions = {
    title: look.title,
    width: Math.min(look.width, area.width),
    height: Math.min(look.height, area.height),
    x: Math.round(area.x + Math.max(0, area.width - look.width) / 2),
    y: Math.round(area.y + Math.max(0, area.height - look.height) / 2),
    minWidth: look.minWidth,
    minHeight: look.minHeight,
    autoHideMenuBar: true,
    fullscreenable: false,
  };
  const window = createAppWindow(kind, options);
  window.once('ready-to-show', () => {
    window.show();
    takeFocus();
    window.focus();
  });
}
