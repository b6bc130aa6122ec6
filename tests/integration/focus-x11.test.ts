import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createX11FullscreenSource, runXprop } from '../../src/main/platform/focus-x11';
import { hasCommand } from '../support/desktop-session';
import { startPrivateXServer, type PrivateXServer } from '../support/private-x-server';
import { announceSkip } from '../support/skip-notice';

/**
 * Issue 15 §1: X11 fullscreen of the active window, read with the real xprop from a
 * real X server. Xvfb has no window manager, so the test sets the two EWMH properties
 * a window manager would set on a real window.
 */

function getXSkip(): string | null {
  if (process.platform !== 'linux') return `needs Linux, this is ${process.platform}`;
  for (const command of ['Xvfb', 'xprop', 'xev', 'xwininfo']) {
    if (!hasCommand(command)) return `${command} is not installed (apt-get install xvfb x11-utils)`;
  }
  return null;
}

const skip = getXSkip();
if (skip !== null && process.env.CI) throw new Error(`X11 fullscreen cannot run in CI: ${skip}`);
announceSkip('X11 fullscreen on a real X server', skip);

describe.skipIf(skip !== null)(
  `X11 fullscreen of the active window${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let x: PrivateXServer | null = null;
    beforeAll(async () => {
      x = await startPrivateXServer();
    });
    afterAll(() => x?.stop());

    it('without a window manager nothing says which window is active: no answer', async () => {
      if (!x) throw new Error('no X server');
      await expect(createX11FullscreenSource(x.display, runXprop).read()).resolves.toBeNull();
    });

    it('follows the active window in and out of fullscreen', async () => {
      if (!x) throw new Error('no X server');
      const source = createX11FullscreenSource(x.display, runXprop);
      const video = await x.openWindow('unknot-fullscreen-video');
      const editor = await x.openWindow('unknot-editor');
      x.setProperty({ id: video }, '32a', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN');
      x.setProperty({ id: editor }, '32a', '_NET_WM_STATE', '_NET_WM_STATE_MAXIMIZED_VERT');

      x.setProperty({ root: true }, '32x', '_NET_ACTIVE_WINDOW', editor);
      await expect(source.read()).resolves.toBe('none');
      x.setProperty({ root: true }, '32x', '_NET_ACTIVE_WINDOW', video);
      await expect(source.read()).resolves.toBe('fullscreen');
      x.setProperty({ id: video }, '32a', '_NET_WM_STATE', '_NET_WM_STATE_ABOVE');
      await expect(source.read()).resolves.toBe('none');
      x.setProperty({ root: true }, '32x', '_NET_ACTIVE_WINDOW', '0');
      await expect(source.read()).resolves.toBe('none');
    });

    it('an active window that closed reads as not fullscreen', async () => {
      if (!x) throw new Error('no X server');
      x.setProperty({ root: true }, '32x', '_NET_ACTIVE_WINDOW', '0x7fffff');
      await expect(createX11FullscreenSource(x.display, runXprop).read()).resolves.toBe('none');
    });
  },
);
