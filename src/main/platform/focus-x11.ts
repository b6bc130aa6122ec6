import { execFile } from 'node:child_process';
import type { FocusState } from '../../shared/domain';
import type { FocusSource } from './focus-dbus';

/**
 * X11 fullscreen of the active window: the root's `_NET_ACTIVE_WINDOW`, then that
 * window's `_NET_WM_STATE` holding `_NET_WM_STATE_FULLSCREEN`. X sends no signal we
 * could hear without our own X connection, so it is read only at decision points
 * (before a notice, when a break falls due), through `xprop`. The parse is pure; the
 * spawn is a thin adapter passed in, so tests can answer it.
 */

/** Runs xprop with `args`; resolves its stdout, or null when it failed or is missing. */
export type RunXprop = (args: readonly string[], display: string) => Promise<string | null>;

/** The active window's id from xprop's answer; null when there is none, 'unset' without EWMH. */
export function parseActiveWindow(stdout: string): string | null | 'unset' {
  if (!stdout.includes('_NET_ACTIVE_WINDOW') || /not found|no such atom/.test(stdout)) {
    return 'unset';
  }
  const match = /(?:=|#|\s)\s*(0x[0-9a-f]+|\d+)\s*$/i.exec(stdout.trim());
  if (!match?.[1]) return 'unset';
  const id = Number(match[1]);
  // 0 is "no window active" (the desktop, or nothing has focus).
  return id > 0 ? `0x${id.toString(16)}` : null;
}

/** Whether xprop's `_NET_WM_STATE` answer holds the fullscreen atom. */
export function isFullscreenState(stdout: string): boolean {
  return /\b_NET_WM_STATE_FULLSCREEN\b/.test(stdout);
}

const XPROP_TIMEOUT_MS = 1000;

/** The real xprop, killed if it hangs; a missing binary or an X error answers null. */
export const runXprop: RunXprop = (args, display) =>
  new Promise((resolve) => {
    execFile(
      'xprop',
      [...args],
      { timeout: XPROP_TIMEOUT_MS, env: { ...process.env, DISPLAY: display } },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });

/** Under Wayland the X server sees only X11 apps: no honest answer for the rest. */
export function getX11Display(env: NodeJS.ProcessEnv): string | null {
  if (env.XDG_SESSION_TYPE === 'wayland' || env.WAYLAND_DISPLAY) return null;
  return env.DISPLAY ? env.DISPLAY : null;
}

export function createX11FullscreenSource(
  display: string | null = getX11Display(process.env),
  run: RunXprop = runXprop,
): FocusSource {
  return {
    name: 'x11-fullscreen',
    read: async (): Promise<FocusState | null> => {
      if (display === null) return null;
      // One output format ("= 0x…"), whether the window manager typed it WINDOW or CARDINAL.
      const root = await run(
        ['-root', '-notype', '-f', '_NET_ACTIVE_WINDOW', '32x', '_NET_ACTIVE_WINDOW'],
        display,
      );
      if (root === null) return null;
      const active = parseActiveWindow(root);
      // No EWMH window manager: nothing says which window is active.
      if (active === 'unset') return null;
      if (active === null) return 'none';
      const state = await run(['-id', active, '-notype', '_NET_WM_STATE'], display);
      // A window that closed between the two reads is not fullscreen.
      return state !== null && isFullscreenState(state) ? 'fullscreen' : 'none';
    },
  };
}
