import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawTrayIcon, encodePng } from '../../../src/main/tray-icon';

const alphaAt = (pixels: Uint8Array, size: number, x: number, y: number) =>
  pixels[(y * size + x) * 4 + 3] ?? -1;

describe('tray icon', () => {
  it('draws a ring: opaque on the ring, clear in the middle and corners', () => {
    const size = 32;
    const pixels = drawTrayIcon({ size, progress: 1, color: [0, 0, 0] });
    expect(alphaAt(pixels, size, 16, 16)).toBe(0);
    expect(alphaAt(pixels, size, 0, 0)).toBe(0);
    expect(alphaAt(pixels, size, 16, 3)).toBe(255);
  });

  it("fills clockwise from 12 o'clock with progress", () => {
    const size = 32;
    const half = drawTrayIcon({ size, progress: 0.5, color: [0, 0, 0] });
    expect(alphaAt(half, size, 28, 16)).toBe(255); // 3 o'clock: filled
    expect(alphaAt(half, size, 3, 16)).toBeLessThan(128); // 9 o'clock: faint track
    expect(alphaAt(half, size, 3, 16)).toBeGreaterThan(0);
  });

  it('encodes a valid PNG whose pixels read back', () => {
    const size = 16;
    const pixels = drawTrayIcon({ size, progress: 0.25, color: [10, 20, 30] });
    const png = encodePng(pixels, size, size);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size);
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe((size * 4 + 1) * size);
    expect(raw.subarray(1, 1 + size * 4)).toEqual(Buffer.from(pixels.subarray(0, size * 4)));
  });
});
