import { createAppWindow, displayUnderPointer, findWindow } from './windows';

const WIDTH = 560;
const HEIGHT = 640;

/**
 * Opens the break window on the display with the pointer, without taking keyboard
 * focus: what the person is typing must not land in it.
 */
export function openBreakWindow(): void {
  if (findWindow('break')) return;
  const area = displayUnderPointer();
  const window = createAppWindow('break', {
    width: WIDTH,
    height: HEIGHT,
    x: Math.round(area.x + (area.width - WIDTH) / 2),
    y: Math.round(area.y + (area.height - HEIGHT) / 2),
    title: 'Unknot — time for a break',
    alwaysOnTop: true,
    skipTaskbar: false,
    resizable: true,
    minimizable: false,
    fullscreenable: false,
    autoHideMenuBar: true,
  });
  window.once('ready-to-show', () => window.showInactive());
}

/** Destroys the break window: between breaks no renderer runs. */
export function closeBreakWindow(): void {
  findWindow('break')?.destroy();
}

/** Gives the break window keyboard focus, once the person has paused typing. */
export function focusBreakWindow(): void {
  const window = findWindow('break');
  if (window && !window.isDestroyed()) {
    window.show();
    window.focus();
  }
}
