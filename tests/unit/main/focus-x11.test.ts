import { describe, expect, it } from 'vitest';
import {
  createX11FullscreenSource,
  getX11Display,
  isFullscreenState,
  parseActiveWindow,
  type RunXprop,
} from '../../../src/main/platform/focus-x11';

/** Issue 15 §1: X11 fullscreen of the active window, xprop's answers translated. */

describe('parseActiveWindow', () => {
  it('reads the id in the forced hex format and in the WINDOW-typed one', () => {
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW = 0x3a00007\n')).toBe('0x3a00007');
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1e00003\n')).toBe(
      '0x1e00003',
    );
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(CARDINAL) = 2097153\n')).toBe('0x200001');
  });

  it('0 is no active window; a missing property is a desktop without EWMH', () => {
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW = 0x0\n')).toBeNull();
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW:  not found.\n')).toBe('unset');
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW:  no such atom on any window.\n')).toBe('unset');
    expect(parseActiveWindow('')).toBe('unset');
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW = garbage\n')).toBe('unset');
  });
});

describe('isFullscreenState', () => {
  it('finds the fullscreen atom among others, and only that one', () => {
    expect(isFullscreenState('_NET_WM_STATE = _NET_WM_STATE_ABOVE, _NET_WM_STATE_FULLSCREEN')).toBe(
      true,
    );
    expect(isFullscreenState('_NET_WM_STATE = _NET_WM_STATE_MAXIMIZED_VERT')).toBe(false);
    expect(isFullscreenState('_NET_WM_STATE:  not found.')).toBe(false);
  });
});

describe('getX11Display', () => {
  it('is off under Wayland, where X sees only X11 apps', () => {
    expect(getX11Display({ DISPLAY: ':0' })).toBe(':0');
    expect(getX11Display({ DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland' })).toBeNull();
    expect(getX11Display({ DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(getX11Display({})).toBeNull();
  });
});

/** An xprop that answers from a table of window → state, recording what it was asked. */
function fakeXprop(active: string | null, states: Record<string, string>) {
  const calls: string[][] = [];
  const run: RunXprop = (args) => {
    calls.push([...args]);
    if (args[0] === '-root') return Promise.resolve(active);
    const id = args[1] ?? '';
    return Promise.resolve(id in states ? (states[id] ?? null) : null);
  };
  return { run, calls };
}

describe('createX11FullscreenSource', () => {
  it('fullscreen when the active window says so', async () => {
    const { run, calls } = fakeXprop('_NET_ACTIVE_WINDOW = 0x400005', {
      '0x400005': '_NET_WM_STATE = _NET_WM_STATE_FULLSCREEN',
    });
    await expect(createX11FullscreenSource(':0', run).read()).resolves.toBe('fullscreen');
    expect(calls[1]?.slice(0, 2)).toEqual(['-id', '0x400005']);
  });

  it('none for a window that is not fullscreen, or that closed between the reads', async () => {
    const plain = fakeXprop('_NET_ACTIVE_WINDOW = 0x400005', {
      '0x400005': '_NET_WM_STATE:  not found.',
    });
    await expect(createX11FullscreenSource(':0', plain.run).read()).resolves.toBe('none');
    const gone = fakeXprop('_NET_ACTIVE_WINDOW = 0x400005', {});
    await expect(createX11FullscreenSource(':0', gone.run).read()).resolves.toBe('none');
    const nothing = fakeXprop('_NET_ACTIVE_WINDOW = 0x0', {});
    await expect(createX11FullscreenSource(':0', nothing.run).read()).resolves.toBe('none');
    expect(nothing.calls).toHaveLength(1);
  });

  it('does not answer without xprop, without a display, or without EWMH', async () => {
    await expect(
      createX11FullscreenSource(':0', fakeXprop(null, {}).run).read(),
    ).resolves.toBeNull();
    await expect(
      createX11FullscreenSource(null, fakeXprop('x', {}).run).read(),
    ).resolves.toBeNull();
    const bare = fakeXprop('_NET_ACTIVE_WINDOW:  not found.', {});
    await expect(createX11FullscreenSource(':0', bare.run).read()).resolves.toBeNull();
  });

  it('has no watch: it is read at decision points only', () => {
    expect(createX11FullscreenSource(':0', fakeXprop(null, {}).run).watch).toBeUndefined();
  });
});
