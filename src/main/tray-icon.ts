import { crc32, deflateSync } from 'node:zlib';
import { PROGRESS_STEPS, type TrayIconState } from '../core/tray-menu';

/**
 * Draws the tray icon at run time from one description: a ring that fills toward the
 * next break, a pause sign inside the ring while paused, a full ring with a dot when
 * a break is due. Encoded as PNG by hand so no image library or bitmaps are needed.
 */

type Rgb = readonly [number, number, number];

/** light: for light panels (dark ink); dark: for dark panels; template: macOS, black + alpha. */
export type TrayIconVariant = 'light' | 'dark' | 'template';

export const TRAY_ICON_VARIANTS: readonly TrayIconVariant[] = ['light', 'dark', 'template'];

export interface TrayIconSpec {
  size: number;
  state: TrayIconState;
  variant: TrayIconVariant;
}

interface Palette {
  track: Rgb;
  fill: Rgb;
  due: Rgb;
}

const PALETTES: Record<TrayIconVariant, Palette> = {
  light: { track: [40, 44, 48], fill: [32, 110, 90], due: [196, 84, 20] },
  dark: { track: [235, 238, 240], fill: [110, 214, 180], due: [255, 170, 90] },
  template: { track: [0, 0, 0], fill: [0, 0, 0], due: [0, 0, 0] },
};

/** One shape of the icon: where it covers (in units of the icon's size, 0..1) and its paint. */
interface Layer {
  color: Rgb;
  opacity: number;
  covers(x: number, y: number): boolean;
}

const OUTER = 0.46;
const INNER = 0.3;

function ring(from: number, to: number): (x: number, y: number) => boolean {
  return (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const r = Math.hypot(dx, dy);
    if (r > OUTER || r < INNER) return false;
    // Angle from 12 o'clock, clockwise, 0..1.
    const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
    return turn >= from && turn <= to;
  };
}

function layersFor(state: TrayIconState, palette: Palette): Layer[] {
  const track: Layer = { color: palette.track, opacity: 0.4, covers: ring(0, 1) };
  if (state.kind === 'paused') {
    const bar = (left: number) => (x: number, y: number) =>
      x >= left && x <= left + 0.1 && y >= 0.36 && y <= 0.64;
    return [
      track,
      { color: palette.track, opacity: 1, covers: bar(0.38) },
      { color: palette.track, opacity: 1, covers: bar(0.52) },
    ];
  }
  if (state.kind === 'due') {
    return [
      { color: palette.due, opacity: 1, covers: ring(0, 1) },
      { color: palette.due, opacity: 1, covers: (x, y) => Math.hypot(x - 0.5, y - 0.5) <= 0.16 },
    ];
  }
  const progress = Math.min(1, Math.max(0, state.step / PROGRESS_STEPS));
  // A notch at 12 o'clock keeps an empty ring legible on any panel.
  const notch: Layer = { color: palette.fill, opacity: 1, covers: ring(0, 0.04) };
  return [track, notch, { color: palette.fill, opacity: 1, covers: ring(0, progress) }];
}

const SUBSAMPLES = 4;

/** RGBA pixels of the icon, row by row, straight (not premultiplied) alpha. */
export function drawTrayIcon(spec: TrayIconSpec): Uint8Array {
  const { size } = spec;
  const layers = layersFor(spec.state, PALETTES[spec.variant]);
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let s = 0; s < samples; s += 1) {
        const x = (px + ((s % SUBSAMPLES) + 0.5) / SUBSAMPLES) / size;
        const y = (py + (Math.floor(s / SUBSAMPLES) + 0.5) / SUBSAMPLES) / size;
        // The topmost layer that covers the sample paints it.
        const top = layers.findLast((layer) => layer.covers(x, y));
        if (!top) continue;
        r += top.color[0] * top.opacity;
        g += top.color[1] * top.opacity;
        b += top.color[2] * top.opacity;
        a += top.opacity;
      }
      const offset = (py * size + px) * 4;
      if (a === 0) continue;
      pixels.set(
        [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples)],
        offset,
      );
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG file. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icon as a PNG file. */
export function renderTrayIconPng(spec: TrayIconSpec): Buffer {
  return encodePng(drawTrayIcon(spec), spec.size, spec.size);
}
