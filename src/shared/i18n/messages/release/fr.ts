import type { releaseEn } from './en';

/** Français. Not yet checked by a fluent reader. */
export const releaseFr: Record<keyof typeof releaseEn, string> = {
  'release.noticeTitle': 'Votre séance de relâchement de {minutes} minutes est ouverte',
  'release.noticeBody':
    'Appuis sur une balle ou un rouleau à un niveau tolérable de 5–7 sur 10. Passez-la si ce n’est pas le bon jour.',
};
