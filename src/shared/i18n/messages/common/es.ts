import type { commonEn } from './en';

/** Componentes compartidos en español. */
export const commonEs: Record<keyof typeof commonEn, string> = {
  'common.language.label': 'Idioma',
  'common.language.system': 'El mismo que el sistema',
  'common.language.hint': 'Los menús, los avisos y todas las ventanas lo siguen.',

  'common.signs.emergency': 'Llama ahora a una ambulancia',
  'common.signs.urgent': 'Ve al médico hoy',
  'common.signs.sources': 'De las páginas del NHS {titles} (nhs.uk/conditions).',
  'common.protective.seeDoctor': 'Ve al médico hoy por lo que has indicado.',
  'common.protective.seen': 'Un médico o fisioterapeuta me ha visto',
  'common.protective.saveFailed': 'No se guardó: {error}',

  'common.tension.intro':
    'Una vez por semana, puntúa la tensión en las zonas que te importan: 0 es ninguna, 10 la peor.',
  'common.tension.areas': 'Zonas',
  'common.tension.area.neck': 'Cuello',
  'common.tension.area.shoulders': 'Hombros',
  'common.tension.area.upperBack': 'Parte alta de la espalda',
  'common.tension.area.chest': 'Pecho',
  'common.tension.area.lowerBack': 'Zona lumbar',
  'common.tension.area.hips': 'Caderas',
  'common.tension.area.glutes': 'Nalgas',
  'common.tension.area.legs': 'Piernas',
  'common.tension.rating': 'Tensión en {area}, de 0 a 10',
  'common.tension.front': 'Delante',
  'common.tension.back': 'Detrás',
  'common.tension.happeningNow': 'Me está pasando una de estas cosas ahora mismo',
  'common.tension.flagsQuestion':
    'Ve al médico hoy: desde la semana pasada, ¿has notado alguna de estas cosas?',
  'common.tension.alsoSee': 'Ve también al médico hoy si tienes: {signs}.',
  'common.tension.gentle':
    'Cualquiera de ellas limita tus pausas a movimientos suaves durante 14 días, o hasta que te vea un profesional.',
  'common.tension.save': 'Guardar registro',
  'common.tension.saved': 'Registro guardado.',
  'common.tension.saveFailed': 'El registro no se guardó: {error}',
  'common.tension.loadFailed': 'No se pudieron cargar los registros anteriores: {error}',
  'common.tension.last': 'Último registro: {date}',

  // core-words: whether pressure exercises are on, and protective mode's rule.
  'common.pressure.unanswered':
    'Los ejercicios de presión (una pelota contra la pared) siguen desactivados hasta que respondas a las preguntas de seguridad. Los estiramientos, la fuerza y el movimiento están activados.',
  'common.pressure.off':
    '{why, select, answers {Los ejercicios de presión están desactivados por: {reasons}.} both {Los ejercicios de presión están desactivados por: {reasons}. Además los desactivaste tú.} ownChoice {Los ejercicios de presión están desactivados porque los desactivaste tú.} other {Los ejercicios de presión están desactivados.}} Los estiramientos, la fuerza y el movimiento siguen activos.',
  'common.pressure.on':
    '{cleared, select, true {Los ejercicios de presión están activados. Le dijiste a Unknot que un profesional te dijo que son adecuados para ti.} other {Los ejercicios de presión están activados.}}',
  'common.protective.reported': 'Indicaste:',
  'common.protective.rule':
    'Hasta que un médico o fisioterapeuta lo haya visto, Unknot limita tus pausas a movimientos suaves: nada de presión ni de ejercicios de fuerza. Esto dura {days, plural, one {# día} other {# días}}, o hasta que digas que te ha visto un profesional.',
};
