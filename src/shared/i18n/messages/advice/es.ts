import type { adviceEn } from './en';

/** Español. Not yet checked by a fluent reader (see the README). */
export const adviceEs: Record<keyof typeof adviceEn, string> = {
  'advice.rateWeekly':
    'Valora tu tensión una vez por semana; después de dos semanas Unknot puede mostrarte cómo cambia.',
  'advice.emergency':
    'Deja los ejercicios y llama ahora a una ambulancia (112 en Europa, 999 en el Reino Unido, 911 en Norteamérica). No esperes a ver si se pasa.',
  'advice.redFlag':
    'Has indicado: {signs}. Por favor, ve hoy a un médico antes de seguir trabajándolo por tu cuenta. Hasta entonces Unknot limita tus pausas a movimiento suave; detén todo lo que duela.',
  'advice.area':
    '{area, select, neck {cuello} shoulders {hombros} upperBack {parte alta de la espalda} chest {pecho} lowerBack {zona lumbar} hips {caderas} glutes {glúteos} legs {piernas} other {{area}}}',
  'advice.rise':
    'La tensión en: {area} ha subido de {from} a {to} en dos semanas. Pide a un médico o fisioterapeuta que le eche un vistazo en lugar de seguir presionando.',
  'advice.high':
    'Has valorado {areas} con {limit} o más sobre 10. Una tensión tan fuerte merece que la vea un médico o fisioterapeuta.',
  'advice.afterTwoWeeks':
    'Después de dos semanas de valoraciones, Unknot puede mostrarte cómo cambia tu tensión.',
  'advice.sameAreas': 'Valora las mismas zonas cada semana para que Unknot pueda compararlas.',
  'advice.fewCareDays':
    'Hubo pocos días con pausas en estas dos semanas, así que la tendencia aún dice poco. Pausas en {days} o más días por semana dan una imagen justa.',
  'advice.lower': 'Tu tensión es más baja que hace dos semanas. Sigue a un ritmo que te vaya bien.',
  'advice.lowSteady': 'Tu tensión es baja y estable. Sigue así.',
  'advice.worseAfterCare':
    'Tu tensión ha subido a lo largo de dos semanas de pausas regulares. Sería buena idea pedir a un médico o fisioterapeuta que le eche un vistazo.',
  'advice.sameAfterCare':
    'Tu tensión se ha mantenido más o menos igual tras dos semanas de pausas regulares. Es algo que pasa, y un médico o fisioterapeuta puede sugerir qué más podría ayudar.',
};
