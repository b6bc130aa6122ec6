import type { settingsErrorsEn } from './en';

/** Why a setting cannot be used, in German. */
export const settingsErrorsDe: Record<keyof typeof settingsErrorsEn, string> = {
  'settings.error.invalid': 'Dieser Wert kann nicht verwendet werden',
  'settings.error.notObject': 'Die Einstellungen waren keine Liste benannter Werte',
  'settings.error.unknownVersion':
    'Unbekannte Einstellungsversion {version}; als Version 1 gelesen',
  'settings.error.newerVersion':
    'Diese Einstellungen stammen aus einem neueren Unknot (Version {version}); eine Kopie wurde aufbewahrt, und Einstellungen, die diese Version nicht kennt, werden nicht beachtet',
  'settings.error.time': 'Gib eine vollständige Uhrzeit ein, Stunden und Minuten',
  'settings.error.endBeforeStart': 'Das Ende muss nach dem Beginn liegen',
  'settings.error.rangesPerDay':
    '{max, plural, one {Höchstens # Zeitraum am Tag} other {Höchstens # Zeiträume am Tag}}',
  'settings.error.rangesOverlap': 'Die Zeiträume eines Tages dürfen sich nicht überschneiden',
  'settings.error.characters':
    '{max, plural, one {Höchstens # Zeichen} other {Höchstens # Zeichen}}',
  'settings.error.shortcutForm':
    'Nimm eine oder mehrere Sondertasten und eine Taste, etwa CommandOrControl+Alt+B',
  'settings.error.shortcutTaken': 'Schon belegt für „{action}“',
  'settings.error.minutes.number': 'Gib eine Anzahl Minuten ein',
  'settings.error.minutes.whole': 'Nimm ganze Minuten',
  'settings.error.minutes.atLeast':
    '{min, plural, one {Mindestens # Minute} other {Mindestens # Minuten}}',
  'settings.error.minutes.atMost':
    '{max, plural, one {Höchstens # Minute} other {Höchstens # Minuten}}',
  'settings.error.seconds.number': 'Gib eine Anzahl Sekunden ein',
  'settings.error.seconds.whole': 'Nimm ganze Sekunden',
  'settings.error.seconds.atLeast':
    '{min, plural, one {Mindestens # Sekunde} other {Mindestens # Sekunden}}',
  'settings.error.seconds.atMost':
    '{max, plural, one {Höchstens # Sekunde} other {Höchstens # Sekunden}}',
  'settings.error.snoozes.number': 'Gib eine Anzahl Aufschübe ein',
  'settings.error.snoozes.whole': 'Nimm eine ganze Zahl von Aufschüben',
  'settings.error.snoozes.atLeast':
    '{min, plural, one {Mindestens # Aufschub} other {Mindestens # Aufschübe}}',
  'settings.error.snoozes.atMost':
    '{max, plural, one {Höchstens # Aufschub} other {Höchstens # Aufschübe}}',
  'settings.error.keepOneExercise': 'Lass mindestens eine Übung eingeschaltet',
  'settings.error.exerciseLevels': 'Höchstens {max} Übungsstufen',
  'settings.error.volumeNumber': 'Gib eine Lautstärke von 0 bis 100 % ein',
  'settings.error.volumeRange': 'Nimm eine Lautstärke von 0 bis 100 %',
  'settings.error.date': 'Nimm ein Datum wie 2026-11-23',
  'settings.error.dayMarks': 'Höchstens {max} markierte Tage',
  'settings.error.programmeLength': 'Höchstens {max} Übungen im Programm',
  'settings.error.ownCount': 'Höchstens {max} eigene Übungen',
  'settings.error.ownSameId': 'Zwei eigene Übungen haben dieselbe Kennung',
  'settings.error.programmeTwice': 'Eine Übung steht zweimal im Programm',
  'settings.error.programmeUnknown': 'Das Programm nennt eine Übung, die es nicht gibt: {exercise}',
  'settings.error.programmeSize': 'Wähle {min} bis {max} Übungen für ein festes Programm',
  'settings.error.repetitions.number': 'Gib eine Anzahl Wiederholungen ein',
  'settings.error.repetitions.whole': 'Nimm ganze Wiederholungen',
  'settings.error.ownId': 'Keine Kennung einer eigenen Übung',
  'settings.error.ownName': 'Gib der Übung einen Namen',
  'settings.error.stepEmpty': 'Ein Schritt darf nicht leer sein',
  'settings.error.stepsMin': 'Füge mindestens einen Schritt hinzu',
  'settings.error.stepsMax': 'Höchstens {max} Schritte',
  'settings.error.sides': 'Wähle eine Seite oder beide Seiten',
  'settings.error.kind': 'Wähle, welche Art Übung es ist',
  'settings.error.area': 'Wähle den Körperbereich, den sie trainiert',
  'settings.error.pressureHeld':
    'Druck auf einen Ball wird sekundenlang gehalten, nicht wiederholt',
  'settings.error.doseRange':
    '{unit, select, seconds {Nimm {min} bis {max} Sekunden für diese Art Übung} other {Nimm {min} bis {max} Wiederholungen für diese Art Übung}}',
  'settings.error.picture': 'Kein gespeichertes Bild',
  'settings.error.embeddedTooLarge': 'Das Bild ist größer als 2 MB',
  'settings.error.embeddedNotBase64': 'Das Bild ist nicht als Base64-Text gespeichert',
};
