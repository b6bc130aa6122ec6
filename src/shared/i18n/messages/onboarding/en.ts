/** The onboarding window in English: the welcome, equipment and the safety check. */
export const onboardingEn = {
  'onboarding.step': 'Step {step} of {total}',
  'onboarding.back': 'Back',
  'onboarding.next': 'Next',
  'onboarding.finish': 'Finish',
  'onboarding.skip': 'Skip for now',
  'onboarding.saveFailed': 'That did not save: {error}. Try again.',
  'onboarding.loadFailed': 'Unknot could not load your settings: {error}',
  'onboarding.sitting.title': 'Short breaks, often',
  'onboarding.sitting.body':
    'Unknot notices how long you have been sitting at the computer, from your keyboard and mouse activity, and suggests a short posture break about every 30 minutes. Time away from the computer counts as a break.',
  'onboarding.routine.title': 'A minute or two of care',
  'onboarding.routine.body':
    'Each break guides you through one to three minutes: a stretch, a short walk, or a ball held against a wall on a tight spot. A timer counts each hold for you.',
  'onboarding.habit.title': 'Regular beats intense',
  'onboarding.habit.body':
    'Unknot records what you did and shows once a week how regular you were. A missed day does not wipe out your progress.',
  'onboarding.equipment.title': 'What do you have?',
  'onboarding.equipment.legend': 'Unknot only suggests exercises you have the things for.',
  'onboarding.equipment.ball': 'A firm ball (tennis or lacrosse ball)',
  'onboarding.equipment.wall': 'A free bit of wall',
  'onboarding.equipment.doorway': 'A doorway',
  'onboarding.equipment.chair': 'A sturdy chair',
  'onboarding.safety.title': 'A short safety check',
  'onboarding.safety.intro':
    'Pressing on tight spots is not right for everyone. Your answers stay on this computer.',
  'onboarding.redFlags.title': 'When to see a professional',
  'onboarding.redFlags.yesTo': 'You answered yes to: {reasons}.',
  'onboarding.done.title': 'You are all set',
  'onboarding.done.body':
    'Unknot is in your tray and will suggest your first break after a while of sitting. You can change everything in Settings.',
  'onboarding.later.title': 'Maybe later',
  'onboarding.later.body':
    'You can go through the welcome and the safety check any time from Settings, under Safety.',
  'onboarding.close': 'Close',

  // The safety questions (also in the break window and Settings).
  'onboarding.answer': '{yes, select, true {Yes} other {No}}',
  'onboarding.answerMissing': 'Please choose yes or no.',
  'onboarding.inline.question': 'Does any of these apply to you?',
  'onboarding.inline.none': 'None of these apply to me',
  'onboarding.inline.some': 'One or more apply',
  'onboarding.inline.save': 'Save my answers',
  'onboarding.inline.saveFailed': 'Your answers were not saved: {error}. Try again.',
};
