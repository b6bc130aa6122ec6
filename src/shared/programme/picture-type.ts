import { message, type Message } from '../i18n/message';

/**
 * Picture files an own exercise may show, recognised by their first bytes (never by the
 * name): PNG, JPEG and WebP only, at most 2 MB.
 */

export type PictureType = 'png' | 'jpg' | 'webp';

export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

export const PICTURE_MIME: Readonly<Record<PictureType, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, index) => bytes[at + index] === byte);

/** The picture type the bytes are, or null for anything else. */
export function detectPictureType(bytes: Uint8Array): PictureType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  // "RIFF", four bytes of length, then "WEBP".
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  return null;
}

/** Why these bytes cannot be an own exercise's picture, or null when they can. */
export function getPictureProblem(bytes: Uint8Array): Message | null {
  if (bytes.length > MAX_PICTURE_BYTES) return getPictureSizeProblem(bytes.length);
  if (detectPictureType(bytes) === null) return message('data.picture.notPicture');
  return null;
}

/** "The picture is 3.1 MB; use one of at most 2 MB". */
export function getPictureSizeProblem(bytes: number): Message {
  return message('data.picture.tooLarge', { megabytes: bytes / 1024 / 1024 });
}
