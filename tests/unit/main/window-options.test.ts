import { describe, expect, it } from 'vitest';
import { getBreakPlacement } from '../../../src/core/placement';
import {
  getAppWindowOptions,
  getBreakWindowOptions,
  type AppWindowKind,
} from '../../../src/main/platform/window-options';
import { WINDOW_SIZES } from '../../../src/shared/window-sizes';

const roomy = { x: 0, y: 0, width: 1920, height: 1040 };
const APP_KINDS: AppWindowKind[] = ['summary', 'settings', 'onboarding', 'knots'];

describe('framed window options', () => {
  it('every app window asks for its tested size as the page size, minimum included', () => {
    for (const kind of APP_KINDS) {
      const { width, height, minWidth, minHeight } = WINDOW_SIZES[kind];
      expect(getAppWindowOptions(kind, roomy), kind).toMatchObject({
        useContentSize: true,
        width,
        height,
        minWidth,
        minHeight,
      });
    }
  });

  it('the break window, placed on a display, asks for its tested size as the page size', () => {
    const display = { id: 1, bounds: roomy, workArea: roomy };
    const { width, height, minWidth, minHeight } = WINDOW_SIZES.break;
    const placement = getBreakPlacement([display], 1, { width, height }, false);
    const options = getBreakWindowOptions(placement.window);
    expect(options).toMatchObject({ useContentSize: true, width, height, minWidth, minHeight });
    // As on Wayland, where the compositor places it: a size only.
    expect(getBreakWindowOptions({ width, height })).toMatchObject({ useContentSize: true });
  });

  it('an app window is centred on the display and shrunk to fit a small one', () => {
    const { width } = WINDOW_SIZES.settings;
    const small = { x: 100, y: 50, width: 1024, height: 600 };
    expect(getAppWindowOptions('settings', small)).toMatchObject({
      x: 100 + (1024 - width) / 2,
      y: 50,
      width,
      height: 600,
    });
  });
});
