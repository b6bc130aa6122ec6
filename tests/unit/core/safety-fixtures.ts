import { applySafetyAnswers, type SafetyAnswers } from '../../../src/core/safety-check';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';

/** "No" to every question of the safety check. */
export const ALL_NO: SafetyAnswers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));

/** Settings of someone who answered the safety check with "no" throughout: pressure is on. */
export function getAnsweredSettings(
  at = Date.UTC(2026, 10, 1),
  base: Settings = getDefaultSettings(),
): Settings {
  return applySafetyAnswers(base, ALL_NO, at);
}
