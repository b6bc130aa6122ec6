import type { onboardingEn } from './en';

/** La bienvenida en español. */
export const onboardingEs: Record<keyof typeof onboardingEn, string> = {
  'onboarding.step': 'Paso {step} de {total}',
  'onboarding.back': 'Atrás',
  'onboarding.next': 'Siguiente',
  'onboarding.finish': 'Terminar',
  'onboarding.skip': 'Omitir por ahora',
  'onboarding.saveFailed': 'No se guardó: {error}. Inténtalo de nuevo.',
  'onboarding.loadFailed': 'Unknot no pudo cargar tus ajustes: {error}',
  'onboarding.sitting.title': 'Pausas cortas y frecuentes',
  'onboarding.sitting.body':
    'Unknot nota cuánto tiempo llevas sentado ante el ordenador, por la actividad del teclado y del ratón, y te propone una breve pausa de postura cada 30 minutos más o menos. El tiempo lejos del ordenador cuenta como pausa.',
  'onboarding.routine.title': 'Uno o dos minutos de cuidado',
  'onboarding.routine.body':
    'Cada pausa te guía durante uno a tres minutos: un estiramiento, un paseo corto o una pelota apoyada contra la pared sobre un punto tenso. Un temporizador cuenta cada posición por ti.',
  'onboarding.habit.title': 'Mejor regular que intenso',
  'onboarding.habit.body':
    'Unknot registra lo que hiciste y te muestra una vez por semana lo regular que has sido. Un día perdido no borra tu progreso.',
  'onboarding.equipment.title': '¿Qué tienes a mano?',
  'onboarding.equipment.legend':
    'Unknot solo te propone ejercicios para los que tienes lo necesario.',
  'onboarding.equipment.ball': 'Una pelota firme (de tenis o de lacrosse)',
  'onboarding.equipment.wall': 'Un trozo de pared libre',
  'onboarding.equipment.doorway': 'El marco de una puerta',
  'onboarding.equipment.chair': 'Una silla estable',
  'onboarding.safety.title': 'Una breve comprobación de seguridad',
  'onboarding.safety.intro':
    'Presionar los puntos tensos no es adecuado para todo el mundo. Tus respuestas se quedan en este ordenador.',
  'onboarding.redFlags.title': 'Cuándo acudir a un profesional',
  'onboarding.redFlags.yesTo': 'Respondiste que sí a: {reasons}.',
  'onboarding.done.title': 'Todo listo',
  'onboarding.done.body':
    'Unknot está en la bandeja del sistema y te propondrá tu primera pausa cuando lleves un rato sentado. Puedes cambiarlo todo en Ajustes.',
  'onboarding.later.title': 'Quizá más tarde',
  'onboarding.later.body':
    'Puedes hacer la bienvenida y la comprobación de seguridad cuando quieras desde Ajustes, en Seguridad.',
  'onboarding.close': 'Cerrar',

  'onboarding.answer': '{yes, select, true {Sí} other {No}}',
  'onboarding.answerMissing': 'Elige sí o no.',
  'onboarding.inline.question': '¿Te ocurre alguna de estas cosas?',
  'onboarding.inline.none': 'No me ocurre ninguna',
  'onboarding.inline.some': 'Me ocurre una o más',
  'onboarding.inline.save': 'Guardar mis respuestas',
  'onboarding.inline.saveFailed': 'Tus respuestas no se guardaron: {error}. Inténtalo de nuevo.',
};
