import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowKind } from '../../shared/domain';
import { WINDOW_SIZES } from '../../shared/window-sizes';

export type AppWindowKind = Exclude<WindowKind, 'break'>;

const TITLES: Record<WindowKind, string> = {
  break: 'Unknot — time for a break',
  summary: "Unknot — this week's summary",
  settings: 'Unknot — settings',
  onboarding: 'Welcome to Unknot',
  knots: 'Unknot — find my knots',
};

/**
 * What every framed window shares: width and height are the page's own, so the page gets
 * exactly the size the browser fit tests check (without useContentSize they would be the
 * outer size, title bar and borders included).
 */
function framed(
  kind: WindowKind,
  bounds: Partial<Rectangle> & Pick<Rectangle, 'width' | 'height'>,
): BrowserWindowConstructorOptions {
  const { minWidth, minHeight } = WINDOW_SIZES[kind];
  return {
    ...bounds,
    title: TITLES[kind],
    useContentSize: true,
    // With useContentSize, Electron applies minWidth/minHeight to the content too
    // (NativeWindow::InitFromOptions sets them as content size constraints).
    minWidth,
    minHeight,
    autoHideMenuBar: true,
    fullscreenable: false,
  };
}

/** The summary, settings, onboarding or knot finder window, centred in `area` and fit to it. */
export function getAppWindowOptions(
  kind: AppWindowKind,
  area: Rectangle,
): BrowserWindowConstructorOptions {
  const { width, height } = WINDOW_SIZES[kind];
  return framed(kind, {
    width: Math.min(width, area.width),
    height: Math.min(height, area.height),
    x: Math.round(area.x + Math.max(0, area.width - width) / 2),
    y: Math.round(area.y + Math.max(0, area.height - height) / 2),
  });
}

/**
 * The break window at `bounds` (from getBreakPlacement; only a size where the compositor
 * places windows itself): on top, in the taskbar, resizable but never minimised.
 */
export function getBreakWindowOptions(
  bounds: Partial<Rectangle> & Pick<Rectangle, 'width' | 'height'>,
): BrowserWindowConstructorOptions {
  return {
    ...framed('break', bounds),
    alwaysOnTop: true,
    skipTaskbar: false,
    resizable: true,
    minimizable: false,
  };
}
