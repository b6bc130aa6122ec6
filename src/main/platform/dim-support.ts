import { openXSession, parseDisplay } from './x11-selection';

/**
 * Where the dim overlay can dim. A translucent window needs the window system to blend
 * it: Windows and macOS always do (`opacity`); X11 only while a compositing manager runs
 * (it owns the `_NET_WM_CM_S<screen>` selection) — without one a transparent window is
 * drawn black. Wayland has no click-through always-on-top overlay at all.
 */
export interface DimSupportInput {
  platform: NodeJS.Platform;
  /** XDG_SESSION_TYPE. */
  sessionType: string | undefined;
  /** WAYLAND_DISPLAY: set when Electron (ozone auto) would run as a Wayland client. */
  waylandDisplay: string | undefined;
  /** Whether an X11 compositing manager runs; null when the X server could not be asked. */
  x11Compositor: boolean | null;
}

export type DimOverlayStyle = 'opacity' | 'transparent';

export function isDimOverlaySupported(input: DimSupportInput): boolean {
  if (input.platform === 'win32' || input.platform === 'darwin') return true;
  if (input.platform !== 'linux') return false;
  if (input.sessionType === 'wayland' || input.waylandDisplay) return false;
  return input.x11Compositor === true;
}

/** How the overlay is made translucent: `opacity` where the OS has it, else alpha. */
export function getDimOverlayStyle(platform: NodeJS.Platform): DimOverlayStyle {
  return platform === 'win32' || platform === 'darwin' ? 'opacity' : 'transparent';
}

/** Asks the X server of $DISPLAY whether a compositing manager runs (null: cannot tell). */
export async function detectX11Compositor(display = process.env.DISPLAY): Promise<boolean | null> {
  const parsed = parseDisplay(display);
  if (!parsed) return null;
  const ask = (async () => {
    const session = await openXSession(parsed);
    try {
      const atom = await session.atom(`_NET_WM_CM_S${session.screen}`);
      return atom !== 0 && (await session.selectionOwner(atom)) !== 0;
    } finally {
      session.close();
    }
  })();
  // A server that takes the connection but never answers must not hold the start.
  const timeout = new Promise<null>((done) => setTimeout(() => done(null), 2000).unref());
  try {
    return await Promise.race([ask, timeout]);
  } catch (error) {
    console.warn(`[dim] cannot ask the X server about a compositor: ${String(error)}`);
    return null;
  }
}

/** The decision for this process: asks X only where the answer matters. */
export async function detectDimOverlaySupport(): Promise<boolean> {
  const base = {
    platform: process.platform,
    sessionType: process.env.XDG_SESSION_TYPE,
    waylandDisplay: process.env.WAYLAND_DISPLAY,
  };
  const needsX =
    isDimOverlaySupported({ ...base, x11Compositor: true }) && base.platform === 'linux';
  return isDimOverlaySupported({
    ...base,
    x11Compositor: needsX ? await detectX11Compositor() : null,
  });
}
