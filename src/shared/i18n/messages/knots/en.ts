/** The knot finder in English, and its section in the summary. */
export const knotsEn = {
  'knots.title': 'Find my knots',
  'knots.loadFailed': 'Unknot could not open the knot finder: {error}',
  'knots.savedTitle': 'Your check is saved',
  'knots.close': 'Close',
  'knots.saveFailed': 'Your marks were not saved: {error}. Try again.',
  'knots.back': 'Back',
  'knots.skip': 'Skip this spot',
  'knots.save': 'Save my check',
  'knots.start': 'Start',
  'knots.nextSpot': 'Next spot',

  // One spot.
  'knots.progress': 'Spot {position} of {total}',
  'knots.howToFind': 'How to find it',
  'knots.howFirmly': 'How firmly to press',
  'knots.withoutPressing': 'Without pressing',
  'knots.restHand': 'Rest your hand there and notice whether it feels tight or sore. Do not press.',
  'knots.stopWith': 'Stop at once with:',
  'knots.stopSigns': '{signs}.',
  'knots.tenderQuestion': 'How tender was it?',
  'knots.tenderness': '{level, plural, =0 {Not tender} =1 {A little tender} other {Very tender}}',

  // The result and the changes since the previous check.
  'knots.skippedAll': 'You skipped every spot, so nothing was marked this time.',
  'knots.marks': 'Your marks',
  'knots.mark': '{spot}: {level, plural, =0 {not tender} =1 {a little tender} other {very tender}}',
  'knots.favour': 'Your next breaks will favour exercises for {spots}, within your safety answers.',
  'knots.noneTender': 'No spot was tender: your breaks keep rotating through every area.',
  'knots.changes': 'Since your previous check',
  'knots.change':
    '{spot}: {change, select, eased {eased} same {about the same} other {more tender}} ({from, plural, =0 {not tender} =1 {a little tender} other {very tender}} → {to, plural, =0 {not tender} =1 {a little tender} other {very tender}})',
  'knots.heading': 'Knots',
  'knots.changesFailed': "The knot finder's results could not be loaded: {error}",
  'knots.notChecked': 'You have not checked your knots yet.',
  'knots.checkAgain': 'Check again in a week or so to see which spots eased.',
  'knots.eased': 'Eased since the previous check: {spots}.',
  'knots.open': 'Find my knots…',
};
