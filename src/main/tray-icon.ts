import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the tray icon at run time: a ring that fills toward the next break. Encoded
 * as PNG by hand (a few lines) so no image library or pre-made bitmaps are needed.
 */

export interface TrayIconSpec {
  size: number;
  /** 0..1 of the way to the next break. */
  progress: number;
  /** RGB of the ring. */
  color: readonly [number, number, number];
}

const SUBSAMPLES = 4;

function coverage(size: number, px: number, py: number, progress: number): number {
  const centre = size / 2;
  const outer = size * 0.46;
  const inner = size * 0.3;
  let hit = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy += 1) {
    for (let sx = 0; sx < SUBSAMPLES; sx += 1) {
      const x = px + (sx + 0.5) / SUBSAMPLES - centre;
      const y = py + (sy + 0.5) / SUBSAMPLES - centre;
      const r = Math.hypot(x, y);
      if (r > outer || r < inner) continue;
      // Angle from 12 o'clock, clockwise, 0..1.
      const turn = (Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1;
      hit += turn <= progress ? 1 : 0.35;
    }
  }
  return hit / (SUBSAMPLES * SUBSAMPLES);
}

/** RGBA pixels of the icon, row by row. */
export function drawTrayIcon(spec: TrayIconSpec): Uint8Array {
  const { size, color } = spec;
  const progress = Math.min(1, Math.max(0, spec.progress));
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const offset = (y * size + x) * 4;
      pixels.set(
        [color[0], color[1], color[2], Math.round(255 * coverage(size, x, y, progress))],
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
