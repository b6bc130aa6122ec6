import {
  OWN_CHOICE,
  SAFETY_QUESTIONS,
  type ContraindicationId,
  type OperationSite,
} from '../shared/safety';
import type { Settings } from '../shared/settings/schema';

/** Answers to the safety check: true for "yes", false for "no", absent while unanswered. */
export type SafetyAnswers = Partial<Record<ContraindicationId, boolean>>;

/** True when every question of the check has a yes or a no. */
export function isCheckComplete(answers: SafetyAnswers): boolean {
  return SAFETY_QUESTIONS.every((question) => answers[question.id] !== undefined);
}

/**
 * Records answers to the safety check, on top of those given before (a half-finished
 * check keeps what it has). Pressure is allowed only once every question is answered
 * and none with "yes"; any "yes" records why it is off. A "no" to the recent-operation
 * question clears the operation sites; `sites` replaces them after a "yes".
 */
export function applySafetyAnswers(
  settings: Settings,
  given: SafetyAnswers,
  at: number,
  sites?: readonly OperationSite[],
): Settings {
  const answers: SafetyAnswers = { ...settings.safety.answers, ...given };
  const contraindications = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true).map((q) => q.id);
  const complete = isCheckComplete(answers);
  const operationSites =
    answers.recentInjury === true ? [...new Set(sites ?? settings.safety.operationSites)] : [];
  return {
    ...settings,
    safety: {
      ...settings.safety,
      answers,
      answeredAt: complete ? at : null,
      pressureAllowed: complete && contraindications.length === 0,
      contraindications,
      clearedByProfessionalAt: null,
      operationSites,
    },
  };
}

/** The reasons recorded from the check's answers, leaving out the person's own choice. */
export function getAnsweredReasons(settings: Settings): string[] {
  return settings.safety.contraindications.filter((id) => id !== OWN_CHOICE);
}

export type PressureOnRefusal = 'unanswered' | 'needsProfessional';

/**
 * Why pressure cannot be turned back on as asked, or null when it can: the check must
 * be answered first, and after a "yes" the person confirms a professional said it is fine.
 * Turning back on what they turned off themselves needs no statement.
 */
export function getPressureOnRefusal(
  settings: Settings,
  professionalSaidSafe: boolean,
): PressureOnRefusal | null {
  if (settings.safety.answeredAt === null && settings.safety.clearedByProfessionalAt === null) {
    return 'unanswered';
  }
  if (getAnsweredReasons(settings).length > 0 && !professionalSaidSafe) return 'needsProfessional';
  return null;
}

/**
 * Turns pressure exercises back on. After a "yes" this records the professional's
 * clearance (the reasons stay so Settings can show them); after the person's own choice
 * it only drops that choice.
 */
export function turnPressureOn(settings: Settings, at: number): Settings {
  const reasons = getAnsweredReasons(settings);
  return {
    ...settings,
    safety: {
      ...settings.safety,
      pressureAllowed: true,
      contraindications: reasons,
      clearedByProfessionalAt: reasons.length > 0 ? at : settings.safety.clearedByProfessionalAt,
    },
  };
}

/** Turns pressure exercises off by the person's own choice. */
export function turnPressureOff(settings: Settings): Settings {
  const reasons = getAnsweredReasons(settings);
  return {
    ...settings,
    safety: {
      ...settings.safety,
      pressureAllowed: false,
      contraindications: [...reasons, OWN_CHOICE],
      clearedByProfessionalAt: null,
    },
  };
}

/** Brings back the exercises that load the given sites (the person decided they are ready). */
export function setOperationSites(settings: Settings, sites: readonly OperationSite[]): Settings {
  return { ...settings, safety: { ...settings.safety, operationSites: [...new Set(sites)] } };
}

export interface OnboardingResult {
  /** Wall-clock epoch ms. */
  at: number;
  skipped: boolean;
  /** What the first-run window asks about; anything it leaves out keeps its setting. */
  equipment?: Partial<Settings['equipment']>;
  answers?: SafetyAnswers;
  operationSites?: OperationSite[];
}

/** Applies what the first-run window gathered. A skip keeps every answer already given. */
export function completeOnboarding(settings: Settings, result: OnboardingResult): Settings {
  let next: Settings = { ...settings };
  if (result.equipment) next = { ...next, equipment: { ...next.equipment, ...result.equipment } };
  if (result.answers && Object.keys(result.answers).length > 0) {
    next = applySafetyAnswers(next, result.answers, result.at, result.operationSites);
  }
  return { ...next, onboarding: { completedAt: result.at, skipped: result.skipped } };
}

/** True until the first-run window has been finished or skipped once. */
export function needsOnboarding(settings: Settings): boolean {
  return settings.onboarding.completedAt === null;
}
