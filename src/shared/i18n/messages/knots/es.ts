import type { knotsEn } from './en';

/** El buscador de nudos en español. */
export const knotsEs: Record<keyof typeof knotsEn, string> = {
  'knots.title': 'Encontrar mis nudos',
  'knots.loadFailed': 'Unknot no pudo abrir el buscador de nudos: {error}',
  'knots.savedTitle': 'Tu revisión está guardada',
  'knots.close': 'Cerrar',
  'knots.saveFailed': 'Tus marcas no se guardaron: {error}. Inténtalo de nuevo.',
  'knots.back': 'Atrás',
  'knots.skip': 'Saltar este punto',
  'knots.save': 'Guardar mi revisión',
  'knots.start': 'Empezar',
  'knots.nextSpot': 'Punto siguiente',

  'knots.progress': 'Punto {position} de {total}',
  'knots.howToFind': 'Cómo encontrarlo',
  'knots.howFirmly': 'Con qué firmeza presionar',
  'knots.withoutPressing': 'Sin presionar',
  'knots.restHand': 'Apoya la mano ahí y nota si se siente tenso o dolorido. No presiones.',
  'knots.stopWith': 'Para de inmediato si notas:',
  'knots.stopSigns': '{signs}.',
  'knots.tenderQuestion': '¿Qué sensibilidad tenía?',
  'knots.tenderness': '{level, plural, =0 {Nada sensible} =1 {Algo sensible} other {Muy sensible}}',

  'knots.skippedAll': 'Saltaste todos los puntos, así que esta vez no se marcó nada.',
  'knots.marks': 'Tus marcas',
  'knots.mark':
    '{spot}: {level, plural, =0 {nada sensible} =1 {algo sensible} other {muy sensible}}',
  'knots.favour':
    'Tus próximas pausas darán preferencia a ejercicios para {spots}, dentro de tus respuestas de seguridad.',
  'knots.noneTender':
    'Ningún punto estaba sensible: tus pausas siguen rotando por todas las zonas.',
  'knots.changes': 'Desde tu revisión anterior',
  'knots.change':
    '{spot}: {change, select, eased {se ha aliviado} same {más o menos igual} other {más sensible}} ({from, plural, =0 {nada sensible} =1 {algo sensible} other {muy sensible}} → {to, plural, =0 {nada sensible} =1 {algo sensible} other {muy sensible}})',
  'knots.heading': 'Nudos',
  'knots.changesFailed': 'No se pudieron cargar los resultados del buscador de nudos: {error}',
  'knots.notChecked': 'Todavía no has revisado tus nudos.',
  'knots.checkAgain':
    'Vuelve a revisar dentro de una semana o así para ver qué puntos se aliviaron.',
  'knots.eased': 'Aliviados desde la revisión anterior: {spots}.',
  'knots.open': 'Encontrar mis nudos…',
};
