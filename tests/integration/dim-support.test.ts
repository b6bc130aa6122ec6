import { afterEach, describe, expect, it } from 'vitest';
import { detectX11Compositor } from '../../src/main/platform/dim-support';
import { openXSession, parseDisplay, type XSession } from '../../src/main/platform/x11-selection';
import { failInCi } from '../support/desktop-session';
import { announceSkip } from '../support/skip-notice';

/** Issue 11 §3: the dim overlay is offered on X11 only while a compositing manager runs. */

const skip = failInCi(
  'compositor detection on X11',
  process.env.DISPLAY ? null : 'no X display (run under `xvfb-run -a`, as .ci/run does)',
);
announceSkip('compositor detection on a real X server', skip);

describe.skipIf(skip !== null)(
  `compositor detection on a real X server${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let compositor: XSession | null = null;
    afterEach(() => {
      compositor?.close();
      compositor = null;
    });

    it('finds none on a bare X server', async () => {
      expect(await detectX11Compositor()).toBe(false);
    });

    it('finds one while a client owns _NET_WM_CM_S0, and none once it is gone', async () => {
      // Plays a compositing manager: owns the selection for its screen, as ICCCM asks.
      const display = parseDisplay(process.env.DISPLAY);
      if (!display) throw new Error(`DISPLAY=${process.env.DISPLAY ?? ''} is not understood`);
      compositor = await openXSession(display);
      const atom = await compositor.atom(`_NET_WM_CM_S${compositor.screen}`, { create: true });
      compositor.takeSelection(atom, compositor.root);
      expect(await compositor.selectionOwner(atom)).toBe(compositor.root);
      expect(await detectX11Compositor()).toBe(true);
      compositor.close();
      compositor = null;
      await expect.poll(() => detectX11Compositor()).toBe(false);
    });

    it('cannot tell where there is no X server', async () => {
      expect(await detectX11Compositor(':4711')).toBeNull();
      expect(await detectX11Compositor('nonsense')).toBeNull();
    });
  },
);
