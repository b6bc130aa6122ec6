import { SAFETY_QUESTIONS, type ContraindicationId } from '../shared/safety';
import type { Settings } from '../shared/settings/schema';

/** Answers to the safety check: true for "yes". Unanswered questions count as "no". */
export type SafetyAnswers = Partial<Record<ContraindicationId, boolean>>;

/**
 * Records the safety check. Any "yes" turns pressure exercises off and records why;
 * all "no" allows them again, unless a professional's clearance is what allowed them.
 */
export function applySafetyAnswers(settings: Settings, answers: SafetyAnswers): Settings {
  const contraindications = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true).map((q) => q.id);
  return {
    ...settings,
    safety: {
      pressureAllowed: contraindications.length === 0,
      contraindications,
      clearedByProfessionalAt: null,
    },
  };
}

/**
 * Turns pressure exercises back on after the person confirms a professional said they
 * are fine for them. The reasons stay recorded so Settings can still show them.
 */
export function allowPressureAfterProfessional(settings: Settings, at: number): Settings {
  return {
    ...settings,
    safety: { ...settings.safety, pressureAllowed: true, clearedByProfessionalAt: at },
  };
}

/** Turns pressure exercises off by the person's own choice. */
export function turnPressureOff(settings: Settings): Settings {
  const reasons = settings.safety.contraindications;
  return {
    ...settings,
    safety: {
      pressureAllowed: false,
      contraindications: reasons.length > 0 ? reasons : ['unspecified'],
      clearedByProfessionalAt: null,
    },
  };
}

export interface OnboardingResult {
  /** Wall-clock epoch ms. */
  at: number;
  skipped: boolean;
  /** What the first-run window asks about; anything it leaves out keeps its setting. */
  equipment?: Partial<Settings['equipment']>;
  answers?: SafetyAnswers;
}

/** Applies what the first-run window gathered; a skip keeps everything else as it was. */
export function completeOnboarding(settings: Settings, result: OnboardingResult): Settings {
  let next: Settings = { ...settings };
  if (result.equipment) next = { ...next, equipment: { ...next.equipment, ...result.equipment } };
  if (result.answers) next = applySafetyAnswers(next, result.answers);
  return { ...next, onboarding: { completedAt: result.at, skipped: result.skipped } };
}

/** True until the first-run window has been finished or skipped once. */
export function needsOnboarding(settings: Settings): boolean {
  return settings.onboarding.completedAt === null;
}
