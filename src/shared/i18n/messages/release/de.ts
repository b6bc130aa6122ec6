import type { releaseEn } from './en';

/** Deutsch. Not yet checked by a fluent reader. */
export const releaseDe: Record<keyof typeof releaseEn, string> = {
  'release.noticeTitle': 'Deine {minutes}-minütige Lösungsrunde ist geöffnet',
  'release.noticeBody':
    'Druck mit Ball oder Rolle bei erträglichen 5–7 von 10. Überspring sie, wenn heute nicht der Tag ist.',
};
