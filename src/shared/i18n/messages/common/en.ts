/** Shared components in English: the language field, warning signs and tension check-in. */
export const commonEn = {
  'common.language.label': 'Language',
  'common.language.system': 'Same as the system',
  'common.language.hint': 'Menus, notices and every window follow it.',

  // Warning signs and protective mode.
  'common.signs.emergency': 'Call an ambulance now',
  'common.signs.urgent': 'See a doctor today',
  'common.signs.sources': 'From the NHS pages {titles} (nhs.uk/conditions).',
  'common.protective.seeDoctor': 'Please see a doctor today about what you reported.',
  'common.protective.seen': 'A doctor or physiotherapist has seen me',
  'common.protective.saveFailed': 'That did not save: {error}',

  // The weekly tension check-in.
  'common.tension.intro':
    'Once a week, rate the tension in the areas you care about: 0 is none, 10 the worst.',
  'common.tension.areas': 'Areas',
  'common.tension.area.neck': 'Neck',
  'common.tension.area.shoulders': 'Shoulders',
  'common.tension.area.upperBack': 'Upper back',
  'common.tension.area.chest': 'Chest',
  'common.tension.area.lowerBack': 'Lower back',
  'common.tension.area.hips': 'Hips',
  'common.tension.area.glutes': 'Buttocks',
  'common.tension.area.legs': 'Legs',
  'common.tension.rating': '{area} tension, 0 to 10',
  'common.tension.front': 'Front',
  'common.tension.back': 'Back',
  'common.tension.happeningNow': 'One of these is happening right now',
  'common.tension.flagsQuestion':
    'See a doctor today: since last week, have you noticed any of these?',
  'common.tension.alsoSee': 'Also see a doctor today for: {signs}.',
  'common.tension.gentle':
    'Any of these keeps your breaks to gentle movement for 14 days, or until a professional has seen you.',
  'common.tension.save': 'Save check-in',
  'common.tension.saved': 'Check-in saved.',
  'common.tension.saveFailed': 'The check-in was not saved: {error}',
  'common.tension.loadFailed': 'Earlier check-ins could not be loaded: {error}',
  'common.tension.last': 'Last check-in: {date}',

  // core-words: whether pressure exercises are on, and protective mode's rule (core's
  // safety-status and protective-mode return these; the break and Settings show them).
  'common.pressure.unanswered':
    'Pressure exercises (a ball against a wall) stay off until you have answered the safety questions. Stretches, strength and movement are on.',
  'common.pressure.off':
    '{why, select, answers {Pressure exercises are off because of {reasons}.} both {Pressure exercises are off because of {reasons}. You also turned them off yourself.} ownChoice {Pressure exercises are off because you turned them off yourself.} other {Pressure exercises are off.}} Stretches, strength and movement stay on.',
  'common.pressure.on':
    '{cleared, select, true {Pressure exercises are on. You told Unknot a professional said they are fine for you.} other {Pressure exercises are on.}}',
  'common.protective.reported': 'You reported:',
  'common.protective.rule':
    'Until a doctor or physiotherapist has seen it, Unknot keeps your breaks to gentle movement: no pressure and no strength work. This lasts {days, plural, one {# day} other {# days}}, or until you say a professional has seen you.',
};
