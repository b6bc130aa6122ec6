import type { settingsErrorsEn } from './en';

/** Why a setting cannot be used, in Spanish. */
export const settingsErrorsEs: Record<keyof typeof settingsErrorsEn, string> = {
  'settings.error.invalid': 'Este valor no se puede usar',
  'settings.error.notObject': 'Los ajustes no eran una lista de valores con nombre',
  'settings.error.unknownVersion':
    'Versión de ajustes desconocida {version}; se leyó como versión 1',
  'settings.error.newerVersion':
    'Estos ajustes vienen de un Unknot más nuevo (versión {version}); se guardó una copia y se ignoran los ajustes que esta versión no conoce',
  'settings.error.time': 'Escribe una hora completa, horas y minutos',
  'settings.error.endBeforeStart': 'El final debe ser posterior al inicio',
  'settings.error.rangesPerDay':
    '{max, plural, one {Como máximo # franja al día} other {Como máximo # franjas al día}}',
  'settings.error.rangesOverlap': 'Las franjas de un mismo día no deben solaparse',
  'settings.error.characters':
    '{max, plural, one {Como máximo # carácter} other {Como máximo # caracteres}}',
  'settings.error.shortcutForm':
    'Usa una o más teclas modificadoras y una tecla, como CommandOrControl+Alt+B',
  'settings.error.shortcutTaken': 'Ya se usa para «{action}»',
  'settings.error.minutes.number': 'Escribe un número de minutos',
  'settings.error.minutes.whole': 'Usa minutos enteros',
  'settings.error.minutes.atLeast':
    '{min, plural, one {Como mínimo # minuto} other {Como mínimo # minutos}}',
  'settings.error.minutes.atMost':
    '{max, plural, one {Como máximo # minuto} other {Como máximo # minutos}}',
  'settings.error.seconds.number': 'Escribe un número de segundos',
  'settings.error.seconds.whole': 'Usa segundos enteros',
  'settings.error.seconds.atLeast':
    '{min, plural, one {Como mínimo # segundo} other {Como mínimo # segundos}}',
  'settings.error.seconds.atMost':
    '{max, plural, one {Como máximo # segundo} other {Como máximo # segundos}}',
  'settings.error.snoozes.number': 'Escribe un número de aplazamientos',
  'settings.error.snoozes.whole': 'Usa un número entero de aplazamientos',
  'settings.error.snoozes.atLeast':
    '{min, plural, one {Como mínimo # aplazamiento} other {Como mínimo # aplazamientos}}',
  'settings.error.snoozes.atMost':
    '{max, plural, one {Como máximo # aplazamiento} other {Como máximo # aplazamientos}}',
  'settings.error.keepOneExercise': 'Deja al menos un ejercicio activado',
  'settings.error.exerciseLevels': 'Como máximo {max} niveles de ejercicio',
  'settings.error.volumeNumber': 'Escribe un volumen de 0 a 100 %',
  'settings.error.volumeRange': 'Usa un volumen de 0 a 100 %',
  'settings.error.date': 'Usa una fecha como 2026-11-23',
  'settings.error.dayMarks': 'Como máximo {max} días marcados',
  'settings.error.programmeLength': 'Como máximo {max} ejercicios en el programa',
  'settings.error.ownCount': 'Como máximo {max} ejercicios propios',
  'settings.error.ownSameId': 'Dos ejercicios propios comparten un identificador',
  'settings.error.programmeTwice': 'Un ejercicio está dos veces en el programa',
  'settings.error.programmeUnknown': 'El programa nombra un ejercicio que no existe: {exercise}',
  'settings.error.programmeSize': 'Elige de {min} a {max} ejercicios para un programa fijo',
  'settings.error.repetitions.number': 'Escribe un número de repeticiones',
  'settings.error.repetitions.whole': 'Usa repeticiones enteras',
  'settings.error.ownId': 'No es el identificador de un ejercicio propio',
  'settings.error.ownName': 'Ponle un nombre al ejercicio',
  'settings.error.stepEmpty': 'Un paso no puede estar vacío',
  'settings.error.stepsMin': 'Añade al menos un paso',
  'settings.error.stepsMax': 'Como máximo {max} pasos',
  'settings.error.sides': 'Elige un lado o los dos lados',
  'settings.error.kind': 'Elige qué tipo de ejercicio es',
  'settings.error.area': 'Elige la zona del cuerpo que trabaja',
  'settings.error.pressureHeld':
    'La presión sobre una pelota se mantiene unos segundos, no se repite',
  'settings.error.doseRange':
    '{unit, select, seconds {Usa de {min} a {max} segundos para este tipo de ejercicio} other {Usa de {min} a {max} repeticiones para este tipo de ejercicio}}',
  'settings.error.picture': 'No es una imagen guardada',
  'settings.error.embeddedTooLarge': 'La imagen ocupa más de 2 MB',
  'settings.error.embeddedNotBase64': 'La imagen no está guardada como texto base64',
};
