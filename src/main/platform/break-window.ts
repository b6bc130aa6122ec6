import { BrowserWindow, screen } from 'electron';
import { getBreakPlacement, type Rect } from '../../core/placement';
import { WINDOW_SIZES } from '../../shared/window-sizes';
import { createAppWindow, findWindow } from './windows';

const SIZE = { width: WINDOW_SIZES.break.width, height: WINDOW_SIZES.break.height };
/** Dim overlays over the other displays while a break is open. */
const overlays = new Set<BrowserWindow>();

/** A black, half-transparent, click-through window that loads nothing. */
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
    backgroundColor: '#000000',
    opacity: 0.55,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  overlay.setIgnoreMouseEvents(true);
  overlay.once('ready-to-show', () => overlay.showInactive());
  overlay.on('closed', () => overlays.delete(overlay));
  overlays.add(overlay);
  void overlay.loadURL('about:blank');
  return overlay;
}

/**
 * Opens the break window on the display with the pointer, without taking keyboard
 * focus: what the person is typing must not land in it. Optionally dims the others.
 */
export function openBreakWindow(options: { dimOtherDisplays?: boolean } = {}): void {
  if (findWindow('break')) return;
  const pointer = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  const placement = getBreakPlacement(
    screen.getAllDisplays(),
    pointer.id,
    SIZE,
    options.dimOtherDisplays ?? false,
  );
  placement.overlays.forEach(openOverlay);
  const window = createAppWindow('break', {
    ...placement.window,
    title: 'Unknot — time for a break',
    alwaysOnTop: true,
    skipTaskbar: false,
    resizable: true,
    minWidth: WINDOW_SIZES.break.minWidth,
    minHeight: WINDOW_SIZES.break.minHeight,
    minimizable: false,
    fullscreenable: false,
    autoHideMenuBar: true,
  });
  window.once('ready-to-show', () => window.showInactive());
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
    window.focus();
  }
}
