import { app, BrowserWindow, screen } from 'electron';
import { getBreakPlacement, type Rect } from '../../core/placement';
import { WINDOW_SIZES } from '../../shared/window-sizes';
import { getDimOverlayStyle } from './dim-support';
import { getBreakWindowOptions } from './window-options';
import { createAppWindow, findWindow } from './windows';

const SIZE = { width: WINDOW_SIZES.break.width, height: WINDOW_SIZES.break.height };

/**
 * Wayland compositors place windows themselves, refuse focus stealing and have no
 * click-through always-on-top overlays: there we accept the placement, ask for attention
 * with flashFrame, and never dim.
 */
const isWayland = (): boolean =>
  process.platform === 'linux' && process.env.XDG_SESSION_TYPE === 'wayland';
/** Dim overlays over the other displays while a break is open. */
const overlays = new Set<BrowserWindow>();

/**
 * Dims to 55 % black: by the window's opacity on Windows and macOS; on X11 (only offered
 * where a compositor runs, see dim-support.ts) by a transparent window's alpha, since
 * Linux has no window opacity and an opaque black window would blank the display.
 */
const DIM =
  getDimOverlayStyle(process.platform) === 'opacity'
    ? { backgroundColor: '#000000', opacity: 0.55 }
    : { backgroundColor: '#8C000000', transparent: true };

/** A half-transparent, click-through window that loads nothing. */
function openOverlay(bounds: Rect): BrowserWindow {
  const overlay = new BrowserWindow({
    ...bounds,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    focusable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    hasShadow: false,
    ...DIM,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  overlay.setIgnoreMouseEvents(true);
  overlay.once('ready-to-show', () => overlay.showInactive());
  overlay.on('closed', () => overlays.delete(overlay));
  overlays.add(overlay);
  void overlay.loadURL('about:blank');
  return overlay;
}

export interface BreakWindowOptions {
  dimOtherDisplays?: boolean;
  /**
   * The person closed the window (frame button, Alt+F4, Ctrl/Cmd+W) rather than finishing
   * the break. The window stays until the next turn, so the engine logs first and closes it.
   */
  onClosedByPerson?: () => void;
}

/**
 * Opens the break window on the display with the pointer, without taking keyboard
 * focus: what the person is typing must not land in it. Optionally dims the others.
 */
export function openBreakWindow(options: BreakWindowOptions = {}): void {
  if (findWindow('break')) return;
  const pointer = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  const wayland = isWayland();
  const placement = getBreakPlacement(
    screen.getAllDisplays(),
    pointer.id,
    SIZE,
    (options.dimOtherDisplays ?? false) && !wayland,
  );
  placement.overlays.forEach(openOverlay);
  const { width, height } = placement.window;
  const window = createAppWindow(
    'break',
    getBreakWindowOptions(wayland ? { width, height } : placement.window),
  );
  window.once('ready-to-show', () => window.showInactive());
  // closeBreakWindow destroys (no 'close' event): only a person's close gets here.
  window.on('close', (event) => {
    event.preventDefault();
    setImmediate(() => {
      options.onClosedByPerson?.();
      if (!window.isDestroyed()) window.destroy();
    });
  });
  window.on('closed', closeOverlays);
}

function closeOverlays(): void {
  overlays.forEach((overlay) => {
    if (!overlay.isDestroyed()) overlay.destroy();
  });
  overlays.clear();
}

/** Destroys the break window: between breaks no renderer runs. */
export function closeBreakWindow(): void {
  findWindow('break')?.destroy();
  closeOverlays();
}

/** Gives the break window keyboard focus, once the person has paused typing. */
export function focusBreakWindow(): void {
  const window = findWindow('break');
  if (window && !window.isDestroyed()) {
    window.show();
    // macOS gives focus to another app's window only when asked to steal it; this runs
    // only after the pause in typing, so nothing typed lands here.
    if (process.platform === 'darwin') app.focus({ steal: true });
    window.focus();
    if (isWayland()) window.flashFrame(true);
  }
}
