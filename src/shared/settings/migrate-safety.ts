import { CONTRAINDICATION_IDS, OWN_CHOICE, type ContraindicationId } from '../safety';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The six questions version 2 asked; the four it did not are still to be answered. */
const V2_QUESTIONS: readonly ContraindicationId[] = [
  'anticoagulants',
  'bloodClots',
  'fragileBones',
  'pregnancy',
  'recentInjury',
  'diagnosedPain',
];

/**
 * Version 2 → 3. The check now asks about cancer, the heart, steroids and reduced
 * feeling, so nobody has answered it in full yet: pressure goes off until they have,
 * unless a professional cleared it. Every answer version 2 knew is kept.
 */
export function migrateSafetyToV3(settings: Json): Json {
  const safety = isRecord(settings.safety) ? settings.safety : {};
  const onboarding = isRecord(settings.onboarding) ? settings.onboarding : {};
  const reasons = Array.isArray(safety.contraindications)
    ? safety.contraindications.filter((id): id is string => typeof id === 'string')
    : [];
  const answered = typeof onboarding.completedAt === 'number' && onboarding.skipped !== true;
  const answers: Partial<Record<ContraindicationId, boolean>> = {};
  for (const id of V2_QUESTIONS) {
    if (reasons.includes(id)) answers[id] = true;
    else if (answered) answers[id] = false;
  }
  const cleared =
    typeof safety.clearedByProfessionalAt === 'number' ? safety.clearedByProfessionalAt : null;
  const known = reasons.filter(
    (id) => id === OWN_CHOICE || (CONTRAINDICATION_IDS as readonly string[]).includes(id),
  );
  return {
    ...settings,
    safety: {
      ...safety,
      contraindications: known,
      pressureAllowed: safety.pressureAllowed === true && cleared !== null,
      answers,
      answeredAt: cleared,
      operationSites: [],
      protective: null,
    },
  };
}
