import type { settingsErrorsEn } from './en';

/** Why a setting cannot be used, in French. */
export const settingsErrorsFr: Record<keyof typeof settingsErrorsEn, string> = {
  'settings.error.invalid': 'Cette valeur ne peut pas être utilisée',
  'settings.error.notObject': 'Les réglages n’étaient pas une liste de valeurs nommées',
  'settings.error.unknownVersion': 'Version de réglages inconnue {version} ; lue comme version 1',
  'settings.error.newerVersion':
    'Ces réglages viennent d’un Unknot plus récent (version {version}) ; une copie a été gardée et les réglages que cette version ne connaît pas sont ignorés',
  'settings.error.time': 'Saisissez une heure complète, heures et minutes',
  'settings.error.endBeforeStart': 'La fin doit être après le début',
  'settings.error.rangesPerDay':
    '{max, plural, one {Au plus # plage par jour} other {Au plus # plages par jour}}',
  'settings.error.rangesOverlap': 'Les plages d’une même journée ne doivent pas se chevaucher',
  'settings.error.characters':
    '{max, plural, one {Au plus # caractère} other {Au plus # caractères}}',
  'settings.error.shortcutForm':
    'Utilisez une ou plusieurs touches de modification et une touche, comme CommandOrControl+Alt+B',
  'settings.error.shortcutTaken': 'Déjà utilisé pour « {action} »',
  'settings.error.minutes.number': 'Saisissez un nombre de minutes',
  'settings.error.minutes.whole': 'Utilisez des minutes entières',
  'settings.error.minutes.atLeast':
    '{min, plural, one {Au moins # minute} other {Au moins # minutes}}',
  'settings.error.minutes.atMost':
    '{max, plural, one {Au plus # minute} other {Au plus # minutes}}',
  'settings.error.seconds.number': 'Saisissez un nombre de secondes',
  'settings.error.seconds.whole': 'Utilisez des secondes entières',
  'settings.error.seconds.atLeast':
    '{min, plural, one {Au moins # seconde} other {Au moins # secondes}}',
  'settings.error.seconds.atMost':
    '{max, plural, one {Au plus # seconde} other {Au plus # secondes}}',
  'settings.error.snoozes.number': 'Saisissez un nombre de reports',
  'settings.error.snoozes.whole': 'Utilisez un nombre entier de reports',
  'settings.error.snoozes.atLeast':
    '{min, plural, one {Au moins # report} other {Au moins # reports}}',
  'settings.error.snoozes.atMost':
    '{max, plural, one {Au plus # report} other {Au plus # reports}}',
  'settings.error.keepOneExercise': 'Gardez au moins un exercice activé',
  'settings.error.exerciseLevels': 'Au plus {max} niveaux d’exercice',
  'settings.error.volumeNumber': 'Saisissez un volume de 0 à 100 %',
  'settings.error.volumeRange': 'Utilisez un volume de 0 à 100 %',
  'settings.error.date': 'Utilisez une date comme 2026-11-23',
  'settings.error.dayMarks': 'Au plus {max} jours marqués',
  'settings.error.programmeLength': 'Au plus {max} exercices dans le programme',
  'settings.error.ownCount': 'Au plus {max} exercices personnels',
  'settings.error.ownSameId': 'Deux exercices personnels ont le même identifiant',
  'settings.error.programmeTwice': 'Un exercice figure deux fois dans le programme',
  'settings.error.programmeUnknown': 'Le programme nomme un exercice qui n’existe pas : {exercise}',
  'settings.error.programmeSize': 'Choisissez de {min} à {max} exercices pour un programme fixe',
  'settings.error.repetitions.number': 'Saisissez un nombre de répétitions',
  'settings.error.repetitions.whole': 'Utilisez des répétitions entières',
  'settings.error.ownId': 'Ce n’est pas l’identifiant d’un exercice personnel',
  'settings.error.ownName': 'Donnez un nom à l’exercice',
  'settings.error.stepEmpty': 'Une étape ne peut pas être vide',
  'settings.error.stepsMin': 'Ajoutez au moins une étape',
  'settings.error.stepsMax': 'Au plus {max} étapes',
  'settings.error.sides': 'Choisissez un côté ou les deux côtés',
  'settings.error.kind': 'Choisissez le type d’exercice',
  'settings.error.area': 'Choisissez la zone du corps travaillée',
  'settings.error.pressureHeld':
    'La pression sur une balle se tient quelques secondes, elle ne se répète pas',
  'settings.error.doseRange':
    '{unit, select, seconds {Utilisez de {min} à {max} secondes pour ce type d’exercice} other {Utilisez de {min} à {max} répétitions pour ce type d’exercice}}',
  'settings.error.picture': 'Ce n’est pas une image enregistrée',
  'settings.error.embeddedTooLarge': 'L’image dépasse 2 Mo',
  'settings.error.embeddedNotBase64': 'L’image n’est pas enregistrée en texte base64',
};
