/**
 * The warning signs, as the NHS gives them: one list for every window that shows them
 * (break, onboarding, Settings › Safety, the tension check-in). Facts from the NHS pages
 * listed in WARNING_SIGN_SOURCES; the words are ours. Something happening now is an
 * emergency call; something that happened and settled is a same-day appointment.
 */

export interface WarningSign<Id extends string = string> {
  id: Id;
  text: string;
}

export type EmergencySignId =
  | 'chestPainSpreading'
  | 'chestPainHeavy'
  | 'chestPainWithSymptoms'
  | 'chestPainLong'
  | 'lungClot'
  | 'caudaEquina';

/** Call an ambulance now. */
export const EMERGENCY_SIGNS: readonly WarningSign<EmergencySignId>[] = [
  {
    id: 'chestPainSpreading',
    text: 'Sudden chest pain that spreads to your arm, back, neck or jaw',
  },
  { id: 'chestPainHeavy', text: 'Chest pain that feels tight or heavy' },
  {
    id: 'chestPainWithSymptoms',
    text: 'Chest pain that started with breathlessness, sweating or feeling sick',
  },
  { id: 'chestPainLong', text: 'Chest pain that lasts more than 15 minutes' },
  {
    id: 'lungClot',
    text: 'Sudden breathlessness, or chest pain when you breathe in (a possible clot in the lung)',
  },
  {
    id: 'caudaEquina',
    text: 'Loss of control of your bladder or bowels, numbness around your genitals or buttocks, or numbness or weakness in both legs',
  },
];

/**
 * Signs the check-in can record. The ids are stored in tension.json: add new ones, never
 * rename or remove one (old check-ins must still read back).
 */
export type RedFlagId =
  | 'calfClot'
  | 'numbness'
  | 'trauma'
  | 'fever'
  | 'weightLoss'
  | 'cancerHistory'
  | 'nightPain'
  | 'neckSigns'
  | 'rapidWorsening'
  | 'emergencySettled'
  | 'noImprovement';

/** See a doctor today. */
export const URGENT_SIGNS: readonly WarningSign<RedFlagId>[] = [
  {
    id: 'calfClot',
    text: 'A swollen, warm, painful calf or thigh, usually in one leg (a possible blood clot; long sitting makes clots more likely)',
  },
  { id: 'numbness', text: 'New numbness, tingling or weakness' },
  { id: 'trauma', text: 'Pain that started after a fall, accident or other injury' },
  { id: 'fever', text: 'A fever, or feeling generally unwell, along with the pain' },
  { id: 'weightLoss', text: 'Weight loss you cannot explain' },
  { id: 'cancerHistory', text: 'Pain of any kind if you have ever had cancer' },
  { id: 'nightPain', text: 'Pain that is worse at night or wakes you up' },
  {
    id: 'neckSigns',
    text: 'Neck pain with double vision, dizziness or fainting, slurred speech, trouble swallowing, clumsy hands or poor balance',
  },
  { id: 'rapidWorsening', text: 'Pain that is getting worse quickly, even with self-help' },
  { id: 'emergencySettled', text: 'Any of the emergency signs above, if it came and has settled' },
];

/** Not urgent, but a professional's view helps (NHS: when self-help is not working). */
export const ROUTINE_SIGN: WarningSign<RedFlagId> = {
  id: 'noImprovement',
  text: 'No improvement after about two weeks of regular self-care',
};

/** Every sign a check-in may hold, for validating stored check-ins. */
export const RED_FLAGS: readonly WarningSign<RedFlagId>[] = [...URGENT_SIGNS, ROUTINE_SIGN];

/** What a person can tick in the weekly check-in: cancer is asked in the screening instead. */
export const CHECK_IN_SIGNS: readonly WarningSign<RedFlagId>[] = URGENT_SIGNS.filter(
  (sign) => sign.id !== 'cancerHistory',
);

export const EMERGENCY_NUMBERS = '112 in Europe, 999 in the UK, 911 in North America';

export const EMERGENCY_LEAD = `Call an ambulance now (${EMERGENCY_NUMBERS}) if any of these is happening:`;

export const URGENT_LEAD =
  'See a doctor today (in the UK, call 111) rather than working on it yourself if you notice any of these:';

export const ROUTINE_TEXT = `Book an appointment with a doctor or physiotherapist if there is no improvement after about two weeks of regular self-care. They can tell you which exercises are safe for you.`;

export const SETTLED_RULE =
  'Something happening now is an emergency call. Something that happened and has settled still needs a doctor today.';

/** Shown when a check-in or a break reports an emergency sign happening now. */
export const EMERGENCY_ADVICE = {
  title: 'This is an emergency',
  text: `Stop the exercises and call an ambulance now (${EMERGENCY_NUMBERS}). Do not wait to see whether it passes.`,
} as const;

/** Recorded when an emergency sign was happening at the time of a report. */
export const EMERGENCY_NOW = 'emergencyNow';

/** How protective mode lists EMERGENCY_NOW among the signs reported. */
export const EMERGENCY_NOW_TEXT = 'An emergency sign, happening at the time';

export function getWarningSignText(id: string): string {
  return (
    [...EMERGENCY_SIGNS, ...RED_FLAGS].find((sign) => sign.id === id)?.text ??
    (id === EMERGENCY_NOW ? EMERGENCY_NOW_TEXT : id)
  );
}

export const WARNING_SIGN_SOURCES = [
  { title: 'NHS, Chest pain', url: 'https://www.nhs.uk/conditions/chest-pain/' },
  { title: 'NHS, Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' },
  { title: 'NHS, Neck pain', url: 'https://www.nhs.uk/conditions/neck-pain/' },
  {
    title: 'NHS, Deep vein thrombosis (DVT)',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  {
    title: 'NHS, Cauda equina syndrome',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  { title: 'NHS, Pulmonary embolism', url: 'https://www.nhs.uk/conditions/pulmonary-embolism/' },
] as const;

/** Every id a report may carry: the signs above and an emergency happening now. */
export const WARNING_SIGN_IDS: [string, ...string[]] = [
  EMERGENCY_NOW,
  ...EMERGENCY_SIGNS.map((sign) => sign.id),
  ...RED_FLAGS.map((sign) => sign.id),
];
