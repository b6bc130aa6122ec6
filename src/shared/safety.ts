/**
 * Safety wording, shared by the onboarding window, the settings window and the tension
 * check-in. Facts from ../../shared/EVIDENCE.md (NCCIH on pressure; NHS self-help pages
 * on when to see a professional); the words are ours. Calm, never diagnosing.
 */

export type ContraindicationId =
  'anticoagulants' | 'bloodClots' | 'fragileBones' | 'pregnancy' | 'recentInjury' | 'diagnosedPain';

export interface SafetyQuestion {
  id: ContraindicationId;
  question: string;
  /** Short form shown as the reason pressure exercises are off. */
  reason: string;
}

/** The first-run safety check. Any "yes" turns pressure exercises off. */
export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
  {
    id: 'anticoagulants',
    question: 'Do you take blood thinners (anticoagulants), or have a bleeding disorder?',
    reason: 'blood thinners or a bleeding disorder',
  },
  {
    id: 'bloodClots',
    question: 'Have you ever had a blood clot, such as a deep vein thrombosis (DVT)?',
    reason: 'a history of blood clots',
  },
  {
    id: 'fragileBones',
    question: 'Do you have osteoporosis, or have you broken a bone recently?',
    reason: 'osteoporosis or a recent fracture',
  },
  { id: 'pregnancy', question: 'Are you pregnant?', reason: 'pregnancy' },
  {
    id: 'recentInjury',
    question: 'Have you had an injury or an operation recently?',
    reason: 'a recent injury or operation',
  },
  {
    id: 'diagnosedPain',
    question: 'Is a doctor or physiotherapist currently treating you for this pain?',
    reason: 'a current diagnosis for this pain',
  },
];

export function getContraindicationReason(id: string): string {
  if (id === 'unspecified') return 'you turned them off yourself';
  return SAFETY_QUESTIONS.find((question) => question.id === id)?.reason ?? id;
}

export type RedFlagId =
  'noImprovement' | 'numbness' | 'fever' | 'weightLoss' | 'cancerHistory' | 'nightPain' | 'trauma';

/** Signs that call for a professional's view rather than self-care. */
export const RED_FLAGS: readonly { id: RedFlagId; text: string }[] = [
  { id: 'noImprovement', text: 'No improvement after about two weeks of regular self-care' },
  { id: 'numbness', text: 'New numbness, tingling or weakness' },
  { id: 'fever', text: 'Fever, or feeling generally unwell, along with the pain' },
  { id: 'weightLoss', text: 'Weight loss you cannot explain' },
  { id: 'cancerHistory', text: 'A history of cancer' },
  { id: 'nightPain', text: 'Pain that is worse at night or wakes you up' },
  { id: 'trauma', text: 'Pain that started after a fall, accident or other injury' },
];

export const RED_FLAGS_LEAD =
  'Please see a doctor or physiotherapist, rather than working on the pain yourself, if you notice any of these:';

export const RED_FLAG_ADVICE =
  'They can look at what is going on and tell you which exercises are safe for you.';

export const EMERGENCY_ADVICE = {
  title: 'Chest pain is an emergency',
  text: 'Chest pain or tightness that spreads to the arm, jaw, neck or back, especially with sweating or breathlessness, needs emergency help, not exercises. Call your local emergency number (112 in Europe, 911 in North America) straight away.',
} as const;

export const STOP_SIGNS =
  'Stop an exercise at once if you feel numbness, tingling, sharp or shooting pain, or dizziness. Never press on the front or sides of the neck, or directly on the spine.';

export const PRESSURE_OFF_EXPLAINED =
  'Pressure exercises (a ball against a wall) are off for you. Stretches and movement stay on. If a doctor or physiotherapist tells you pressure is fine for you, you can turn them back on in Settings, under Safety.';

export const NOT_A_TREATMENT =
  'Unknot helps you build a habit of short, regular breaks. It is not a treatment and cannot promise to make pain go away.';
