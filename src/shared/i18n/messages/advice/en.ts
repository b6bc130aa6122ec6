/**
 * The see-a-professional advice after a tension check-in (core/professional-advice.ts),
 * in English. Calm words, no diagnosis; the emergency line is the warning signs' own.
 */
export const adviceEn = {
  'advice.rateWeekly':
    'Rate your tension once a week; after two weeks Unknot can show how it changes.',
  'advice.emergency':
    'Stop the exercises and call an ambulance now (112 in Europe, 999 in the UK, 911 in North America). Do not wait to see whether it passes.',
  'advice.redFlag':
    'You mentioned: {signs}. Please see a doctor today, before you keep working on it yourself. Until then Unknot keeps your breaks to gentle movement; stop anything that hurts.',
  'advice.area':
    '{area, select, neck {neck} shoulders {shoulders} upperBack {upper back} chest {chest} lowerBack {lower back} hips {hips} glutes {buttocks} legs {legs} other {{area}}}',
  'advice.rise':
    'Tension in your {area} has gone up from {from} to {to} within two weeks. Please ask a doctor or physiotherapist to take a look rather than pressing on.',
  'advice.high':
    'You rated your {areas} at {limit} or more out of 10. Tension that strong is worth showing to a doctor or physiotherapist.',
  'advice.afterTwoWeeks':
    'After two weeks of check-ins Unknot can show you how your tension changes.',
  'advice.sameAreas': 'Rate the same areas each week so Unknot can compare them.',
  'advice.fewCareDays':
    'There were few days with breaks in these two weeks, so the trend says little yet. Breaks on {days} or more days a week give a fair picture.',
  'advice.lower': 'Your tension is lower than two weeks ago. Keep going at a pace that suits you.',
  'advice.lowSteady': 'Your tension is low and steady. Keep going.',
  'advice.worseAfterCare':
    'Your tension has gone up over two weeks of regular breaks. It would be a good idea to ask a doctor or physiotherapist to take a look.',
  'advice.sameAfterCare':
    'Your tension has stayed about the same after two weeks of regular breaks. That happens, and a doctor or physiotherapist can suggest what else might help.',
} as const satisfies Record<string, string>;
