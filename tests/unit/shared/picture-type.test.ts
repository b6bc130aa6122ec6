import { describe, expect, it } from 'vitest';
import {
  MAX_PICTURE_BYTES,
  detectPictureType,
  getPictureProblem,
} from '../../../src/shared/programme/picture-type';
import { english } from '../../../src/shared/i18n/translator';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('picture types, by their first bytes', () => {
  it('knows PNG, JPEG and WebP', () => {
    expect(detectPictureType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(detectPictureType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpg');
    expect(detectPictureType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBP')))).toBe('webp');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(detectPictureType(bytes(...ascii('<svg xmlns=')))).toBeNull();
    expect(detectPictureType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVE')))).toBeNull();
    expect(detectPictureType(bytes(...ascii('GIF89a')))).toBeNull();
    expect(detectPictureType(bytes())).toBeNull();
    expect(getPictureProblem(bytes(...ascii('GIF89a')))).toEqual({ id: 'data.picture.notPicture' });
  });

  it('refuses a picture over 2 MB', () => {
    const big = new Uint8Array(MAX_PICTURE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const problem = getPictureProblem(big);
    expect(problem?.id).toBe('data.picture.tooLarge');
    expect(english.format(problem ?? { id: 'data.cause.unknown' })).toBe(
      'The picture is 2.0 MB; use one of at most 2 MB',
    );
    expect(getPictureProblem(big.subarray(0, MAX_PICTURE_BYTES))).toBeNull();
  });
});
