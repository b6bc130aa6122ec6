import { describe, expect, it } from 'vitest';
import { getBreakPlacement, type DisplayArea } from '../../../src/core/placement';

const left: DisplayArea = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 32, width: 1920, height: 1048 },
};
const right: DisplayArea = {
  id: 2,
  bounds: { x: 1920, y: -200, width: 1280, height: 720 },
  workArea: { x: 1920, y: -200, width: 1280, height: 680 },
};
const size = { width: 560, height: 640 };

describe('break placement', () => {
  it('centres the break window on the display with the pointer', () => {
    expect(getBreakPlacement([left, right], 2, size, false)).toEqual({
      window: { x: 1920 + 360, y: -200 + 20, width: 560, height: 640 },
      overlays: [],
    });
    expect(getBreakPlacement([left, right], 1, size, false).window).toEqual({
      x: 680,
      y: 32 + 204,
      width: 560,
      height: 640,
    });
  });

  it('dims every other display when asked', () => {
    expect(getBreakPlacement([left, right], 2, size, true).overlays).toEqual([left.bounds]);
    expect(getBreakPlacement([left], 1, size, true).overlays).toEqual([]);
  });

  it('shrinks to a small display and falls back to the first display for an unknown id', () => {
    const small: DisplayArea = {
      id: 3,
      bounds: { x: 0, y: 0, width: 500, height: 400 },
      workArea: { x: 0, y: 0, width: 500, height: 400 },
    };
    expect(getBreakPlacement([small], 99, size, false).window).toEqual({
      x: 0,
      y: 0,
      width: 500,
      height: 400,
    });
  });
});
