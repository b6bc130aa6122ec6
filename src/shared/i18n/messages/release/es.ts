import type { releaseEn } from './en';

/** Español. Not yet checked by a fluent reader. */
export const releaseEs: Record<keyof typeof releaseEn, string> = {
  'release.noticeTitle': 'Tu sesión de liberación de {minutes} minutos está abierta',
  'release.noticeBody':
    'Presión con pelota o rodillo a un tolerable 5–7 sobre 10. Sáltala si hoy no es el día.',
};
