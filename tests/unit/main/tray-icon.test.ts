import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  getAllTrayIconStates,
  getTrayIconKey,
  type TrayIconState,
} from '../../../src/core/tray-menu';
import {
  drawTrayIcon,
  renderTrayIconPng,
  TRAY_ICON_VARIANTS,
  type TrayIconVariant,
} from '../../../src/main/tray-icon';

/** 16 and 32 px, and their @2x renditions. */
const SIZES = [16, 32, 64];

/** A small PNG reader: checks the signature and chunk CRCs' framing, returns the RGBA pixels. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('ascii');
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width * 4 + 1) * height);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const start = y * (width * 4 + 1);
    expect(raw[start]).toBe(0);
    rows.push(raw.subarray(start + 1, start + 1 + width * 4));
  }
  return { width, height, pixels: Buffer.concat(rows) };
}

const everyIcon = getAllTrayIconStates().flatMap((state) =>
  TRAY_ICON_VARIANTS.flatMap((variant) => SIZES.map((size) => ({ state, variant, size }))),
);

describe('tray icon images', () => {
  it.each(
    everyIcon.map((spec) => [`${getTrayIconKey(spec.state)} ${spec.variant} ${spec.size}px`, spec]),
  )('%s: right size, see-through corners, an opaque mark', (_name, spec) => {
    const { width, height, pixels } = decodePng(renderTrayIconPng(spec));
    expect([width, height]).toEqual([spec.size, spec.size]);
    const alphas = Array.from({ length: width * height }, (_, i) => pixels[i * 4 + 3] ?? 0);
    expect(alphas[0]).toBe(0);
    expect(alphas[alphas.length - 1]).toBe(0);
    expect(Math.max(...alphas)).toBeGreaterThanOrEqual(230);
    if (spec.variant === 'template') {
      // macOS template images: only black and alpha; the menu bar tints them.
      for (let i = 0; i < width * height; i += 1) {
        expect([pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2]]).toEqual([0, 0, 0]);
      }
    }
  });

  it.each(TRAY_ICON_VARIANTS.flatMap((variant) => SIZES.map((size) => [variant, size] as const)))(
    'every state looks different (%s, %ipx)',
    (variant: TrayIconVariant, size: number) => {
      const looks = getAllTrayIconStates().map((state) =>
        Buffer.from(drawTrayIcon({ size, state, variant })).toString('base64'),
      );
      expect(new Set(looks).size).toBe(looks.length);
    },
  );

  it('draws light and dark variants in different inks', () => {
    const state: TrayIconState = { kind: 'progress', step: 4 };
    const light = drawTrayIcon({ size: 32, state, variant: 'light' });
    const dark = drawTrayIcon({ size: 32, state, variant: 'dark' });
    const inkAt = (pixels: Uint8Array, x: number, y: number) => {
      const i = (y * 32 + x) * 4;
      return (pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0);
    };
    // 9 o'clock on the ring: track, dark ink on light panels, light ink on dark ones.
    expect(inkAt(light, 3, 16)).toBeLessThan(300);
    expect(inkAt(dark, 3, 16)).toBeGreaterThan(500);
  });

  it("fills the ring clockwise from 12 o'clock", () => {
    const size = 32;
    const half = drawTrayIcon({ size, state: { kind: 'progress', step: 4 }, variant: 'template' });
    const alphaAt = (x: number, y: number) => half[(y * size + x) * 4 + 3] ?? -1;
    expect(alphaAt(28, 16)).toBe(255); // 3 o'clock: filled
    expect(alphaAt(3, 16)).toBeLessThan(128); // 9 o'clock: faint track
    expect(alphaAt(3, 16)).toBeGreaterThan(0);
    expect(alphaAt(16, 16)).toBe(0); // the middle stays clear
  });
});
