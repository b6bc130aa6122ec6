/**
 * Why a setting cannot be used, in English: the settings schema's checks report these
 * ids (src/shared/settings/checks.ts), and the settings and onboarding windows format them
 * beside the field. Range values come from the check that failed.
 */
export const settingsErrorsEn = {
  'settings.error.invalid': 'This value cannot be used',
  'settings.error.notObject': 'The settings were not a set of named values',
  'settings.error.unknownVersion': 'Unknown settings version {version}; read as version 1',
  'settings.error.newerVersion':
    'These settings come from a newer Unknot (version {version}); a copy was kept and settings this version does not know are ignored',
  'settings.error.time': 'Enter a full time, hours and minutes',
  'settings.error.endBeforeStart': 'The end must be later than the start',
  'settings.error.rangesPerDay':
    '{max, plural, one {At most # range a day} other {At most # ranges a day}}',
  'settings.error.rangesOverlap': 'Ranges of one day must not overlap',
  'settings.error.characters':
    '{max, plural, one {At most # character} other {At most # characters}}',
  'settings.error.shortcutForm':
    'Use one or more modifiers and a key, such as CommandOrControl+Alt+B',
  'settings.error.shortcutTaken': 'Already used for “{action}”',
  'settings.error.minutes.number': 'Enter a number of minutes',
  'settings.error.minutes.whole': 'Use whole minutes',
  'settings.error.minutes.atLeast':
    '{min, plural, one {At least # minute} other {At least # minutes}}',
  'settings.error.minutes.atMost':
    '{max, plural, one {At most # minute} other {At most # minutes}}',
  'settings.error.seconds.number': 'Enter a number of seconds',
  'settings.error.seconds.whole': 'Use whole seconds',
  'settings.error.seconds.atLeast':
    '{min, plural, one {At least # second} other {At least # seconds}}',
  'settings.error.seconds.atMost':
    '{max, plural, one {At most # second} other {At most # seconds}}',
  'settings.error.snoozes.number': 'Enter a number of snoozes',
  'settings.error.snoozes.whole': 'Use whole snoozes',
  'settings.error.snoozes.atLeast':
    '{min, plural, one {At least # snooze} other {At least # snoozes}}',
  'settings.error.snoozes.atMost':
    '{max, plural, one {At most # snooze} other {At most # snoozes}}',
  'settings.error.keepOneExercise': 'Keep at least one exercise on',
  'settings.error.exerciseLevels': 'At most {max} exercise levels',
  'settings.error.volumeNumber': 'Enter a volume from 0 to 100 %',
  'settings.error.volumeRange': 'Use a volume from 0 to 100 %',
  'settings.error.date': 'Use a date such as 2026-11-23',
  'settings.error.dayMarks': 'At most {max} marked days',
  'settings.error.programmeLength': 'At most {max} exercises in the programme',
  'settings.error.ownCount': 'At most {max} own exercises',
  'settings.error.ownSameId': 'Two own exercises share an id',
  'settings.error.programmeTwice': 'An exercise is in the programme twice',
  'settings.error.programmeUnknown':
    'The programme names an exercise that does not exist: {exercise}',
  'settings.error.programmeSize': 'Choose {min} to {max} exercises for a fixed programme',
  'settings.error.repetitions.number': 'Enter a number of repetitions',
  'settings.error.repetitions.whole': 'Use whole repetitions',
  'settings.error.ownId': 'Not an own exercise id',
  'settings.error.ownName': 'Give the exercise a name',
  'settings.error.stepEmpty': 'A step cannot be empty',
  'settings.error.stepsMin': 'Add at least one step',
  'settings.error.stepsMax': 'At most {max} steps',
  'settings.error.sides': 'Choose one side or both sides',
  'settings.error.kind': 'Choose what kind of exercise it is',
  'settings.error.area': 'Choose the body area it works',
  'settings.error.pressureHeld': 'Pressure on a ball is held for seconds, not repeated',
  'settings.error.doseRange':
    '{unit, select, seconds {Use {min} to {max} seconds for this kind of exercise} other {Use {min} to {max} repetitions for this kind of exercise}}',
  'settings.error.picture': 'Not a saved picture',
  'settings.error.embeddedTooLarge': 'The picture is larger than 2 MB',
  'settings.error.embeddedNotBase64': 'The picture is not stored as base64 text',
};
