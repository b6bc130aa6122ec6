/**
 * The safety screening, shared by the onboarding window, the settings window and the
 * break's inline check. Facts from NCCIH ("Massage therapy: what you need to know",
 * 2019, nccih.nih.gov/health/massage-therapy-what-you-need-to-know); the words are ours.
 * Calm, never diagnosing. The warning signs live in ./warning-signs.
 */

export type ContraindicationId =
  | 'anticoagulants'
  | 'bloodClots'
  | 'fragileBones'
  | 'cancer'
  | 'heart'
  | 'steroids'
  | 'reducedFeeling'
  | 'pregnancy'
  | 'recentInjury'
  | 'diagnosedPain';

export interface SafetyQuestion {
  id: ContraindicationId;
  question: string;
  /** Short form shown as the reason pressure exercises are off. */
  reason: string;
  /** One line for the short check's list ("Does any of these apply to you?"). */
  short: string;
}

/** The safety check. Any "yes" turns pressure exercises off. */
export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
  {
    id: 'anticoagulants',
    question: 'Do you take blood thinners (anticoagulants), or have a bleeding disorder?',
    reason: 'blood thinners or a bleeding disorder',
    short: 'Blood thinners or a bleeding disorder',
  },
  {
    id: 'bloodClots',
    question: 'Have you ever had a blood clot, such as a deep vein thrombosis (DVT)?',
    reason: 'a history of blood clots',
    short: 'A blood clot, now or in the past (such as a DVT)',
  },
  {
    id: 'fragileBones',
    question: 'Do you have osteoporosis, or have you broken a bone recently?',
    reason: 'osteoporosis or a recent fracture',
    short: 'Osteoporosis, or a recently broken bone',
  },
  {
    id: 'cancer',
    question: 'Do you have cancer now, or have you had cancer that spread to the bones?',
    reason: 'cancer, now or in the bones',
    short: 'Cancer now, or cancer that spread to the bones',
  },
  {
    id: 'heart',
    question: 'Do you have a heart condition, such as angina, heart failure or a pacemaker?',
    reason: 'a heart condition',
    short: 'A heart condition',
  },
  {
    id: 'steroids',
    question: 'Have you taken steroid tablets (such as prednisolone) for three months or more?',
    reason: 'long-term steroid tablets',
    short: 'Steroid tablets for three months or more',
  },
  {
    id: 'reducedFeeling',
    question:
      'Is the feeling in your skin reduced anywhere, for example from diabetes or nerve damage (neuropathy)?',
    reason: 'reduced feeling, so the pressure is hard to judge',
    short: 'Reduced feeling in the skin, or nerve damage (neuropathy)',
  },
  { id: 'pregnancy', question: 'Are you pregnant?', reason: 'pregnancy', short: 'Pregnancy' },
  {
    id: 'recentInjury',
    question: 'Have you had an operation or an injury in the last six months?',
    reason: 'a recent operation or injury',
    short: 'An operation or injury in the last six months',
  },
  {
    id: 'diagnosedPain',
    question: 'Is a doctor or physiotherapist currently treating you for this pain?',
    reason: 'a current treatment for this pain',
    short: 'A doctor or physiotherapist treating you for this pain',
  },
];

export const CONTRAINDICATION_IDS = SAFETY_QUESTIONS.map((question) => question.id) as [
  ContraindicationId,
  ...ContraindicationId[],
];

/** Recorded instead of a question when the person turned pressure off themselves. */
export const OWN_CHOICE = 'unspecified';

/** Every "yes" rules out pressure: each is a reason NCCIH gives to avoid or ask first. */
export const PRESSURE_CONTRAINDICATIONS: readonly ContraindicationId[] = CONTRAINDICATION_IDS;

export function getContraindicationReason(id: string): string {
  if (id === OWN_CHOICE) return 'your own choice';
  return SAFETY_QUESTIONS.find((question) => question.id === id)?.reason ?? id;
}

/** Where a recent operation or injury was; exercises that load it are left out. */
export const OPERATION_SITES = [
  { id: 'neck', label: 'Neck' },
  { id: 'shoulder', label: 'Shoulder or arm' },
  { id: 'chest', label: 'Chest' },
  { id: 'upperBack', label: 'Upper back' },
  { id: 'lowerBack', label: 'Lower back' },
  { id: 'abdomen', label: 'Belly (abdomen)' },
  { id: 'hip', label: 'Hip' },
  { id: 'knee', label: 'Knee or leg' },
  { id: 'other', label: 'Somewhere else' },
] as const;

export type OperationSite = (typeof OPERATION_SITES)[number]['id'];

export const OPERATION_SITE_IDS = OPERATION_SITES.map((site) => site.id) as [
  OperationSite,
  ...OperationSite[],
];

export function getOperationSiteLabel(site: OperationSite): string {
  return OPERATION_SITES.find((entry) => entry.id === site)?.label ?? site;
}

export const OPERATION_SITES_QUESTION =
  'Where was it? Exercises that load that part of the body are left out until you turn them back on.';

/** Where pressure must never go, whatever the answers (NCCIH; anatomy in the exercises). */
export const LOCAL_RULE =
  'Never press over a wound, rash, bruise or varicose vein, and not when you have a fever or feel unwell.';

export const STOP_SIGNS =
  'Stop an exercise at once if you feel numbness, tingling, sharp or shooting pain, or dizziness. Never press on the front or sides of the neck, or directly on the spine.';

export const PRESSURE_OFF_EXPLAINED =
  'Pressure exercises (a ball against a wall) are off for you. Stretches, strength and movement stay on. If a doctor or physiotherapist tells you pressure is fine for you, you can turn them back on in Settings, under Safety.';

export const NOT_A_TREATMENT =
  'Unknot helps you build a habit of short, regular breaks. It is not a treatment and cannot promise to make pain go away.';
