/** The settings window's "My programme" page in English: the programme, own exercises, the file. */
export const settingsProgrammeEn = {
  'settings.programme.title': 'My programme',
  'settings.programme.intro':
    'Let Unknot rotate through the exercises, or do the same {min} to {max} at every break, for example the set a physiotherapist gave you.',
  'settings.programme.legend': 'At each break',
  'settings.programme.rotation': 'Rotate through the exercises',
  'settings.programme.fixed': 'Do my programme',
  'settings.programme.fixedHint':
    'Choose at least {min} exercises below first. The safety answers still apply: an exercise they rule out is left out, and it says so here.',
  'settings.programme.list': 'Your programme',
  'settings.programme.empty': 'No exercises chosen yet.',
  'settings.programme.leftOut':
    '{reason, select, protective {left out while breaks stay gentle after a warning sign} pressure {left out: pressure stays off until the safety check allows it} condition {left out because of your safety answers} operationSite {left out: it loads the site of your operation or injury} equipment {left out: it needs equipment you have not ticked} pressureToday {left out: at most {perDay} pressure exercises a day} pressureSession {left out: at most {minutes} minutes of pressure in one break} other {left out: this exercise no longer exists}}',
  'settings.programme.up': 'Up',
  'settings.programme.down': 'Down',
  'settings.programme.remove': 'Remove',
  'settings.programme.moveUp': 'Move {name} up',
  'settings.programme.moveDown': 'Move {name} down',
  'settings.programme.removeNamed': 'Remove {name}',
  'settings.programme.toAdd': 'Exercise to add',
  'settings.programme.choose': 'Choose an exercise',
  'settings.programme.add': 'Add to programme',
  'settings.programme.full': 'A programme holds at most {max} exercises.',
  'settings.programme.own': 'Your own exercises',
  'settings.programme.ownEmpty': 'None yet.',
  'settings.programme.delete': 'Delete',
  'settings.programme.deleteNamed': 'Delete {name}',
  'settings.programme.saidMoved': '{name} is now number {position}.',
  'settings.programme.saidRemoved': '{name} removed from the programme.',
  'settings.programme.saidAdded': '{name} added.',
  'settings.programme.saidDeleted': '{name} deleted.',
  'settings.programme.saidRotation': 'Rotation is on.',
  'settings.programme.saidFixed': 'Your programme is on.',

  // The form for an own exercise.
  'settings.own.legend': 'Add your own exercise',
  'settings.own.name': 'Name',
  'settings.own.steps': 'Steps, one a line',
  'settings.own.kind': 'Kind',
  'settings.own.kindOption':
    '{kind, select, stretch {Stretch} strength {Strength or endurance} movement {Movement} other {Pressure on a ball}}',
  'settings.own.area': 'Body area',
  'settings.own.areaOption':
    '{area, select, upperBack {upper back} hips {hips} chest {chest} glutes {glutes} neck {neck} lowerBack {lower back} legs {legs} forearms {forearms} shoulders {shoulders} other {whole body}}',
  'settings.own.sides': 'Sides',
  'settings.own.sidesOne': 'One (or the middle)',
  'settings.own.sidesBoth': 'Both, left then right',
  'settings.own.dose': 'Dose',
  'settings.own.doseHold': 'Hold for seconds',
  'settings.own.doseRepetitions': 'Repetitions',
  'settings.own.amount':
    '{unit, select, seconds {Seconds ({min}–{max})} other {Repetitions ({min}–{max})}}',
  'settings.own.choosePicture': 'Choose a picture (optional)',
  'settings.own.chooseAnother': 'Choose another picture',
  'settings.own.pictureAdded': 'Picture added.',
  'settings.own.add': 'Add exercise',

  // The programme file.
  'settings.programmeFile.legend': 'Programme file',
  'settings.programmeFile.hint':
    'One JSON file with your programme, your own exercises and their pictures.',
  'settings.programmeFile.export': 'Export programme…',
  'settings.programmeFile.import': 'Import programme…',
  'settings.programmeFile.saved': 'Saved to {path}.',
  'settings.programmeFile.savedLeftOut':
    'Saved to {path}. Pictures missing and left out: {pictures}.',
  'settings.programmeFile.unchanged': 'Nothing was changed. {error}',
  'settings.programmeFile.imported':
    '{count, plural, one {Imported the programme and # own exercise.} other {Imported the programme and # own exercises.}}',

  // Editing an own exercise in place.
  'settings.own.editLegend': 'Edit {name}',
  'settings.own.saveChanges': 'Save changes',
  'settings.own.cancel': 'Cancel',
  'settings.programme.edit': 'Edit',
  'settings.programme.editNamed': 'Edit {name}',
  'settings.programme.saidSaved': '{name} saved.',
};
