import { EMERGENCY_ADVICE, RED_FLAGS } from '../shared/warning-signs';
import { getWorsening } from './tension-worsening';
import type { ProfessionalAdvice, TensionCheckIn, TensionTrend } from '../shared/tension';

const DAY = 24 * 60 * 60 * 1000;
/** "About two weeks" between the check-ins compared (weekly check-ins drift by hours). */
export const COMPARE_AFTER_DAYS = 13;
/** Regular care: breaks done on at least this many days a week, on average. */
export const REGULAR_CARE_DAYS_PER_WEEK = 3;
/** A change of at least one point (of 10) on average counts; less is noise. */
const MEANINGFUL_CHANGE = 1;
/** Below this average a flat trend means "little tension", not "no progress". */
const LOW_TENSION = 2;
/** Red flags older than this no longer describe the present. */
const RED_FLAG_FRESH_DAYS = 14;

export interface AdviceInput {
  checkIns: readonly TensionCheckIn[];
  /** Wall-clock starts of the days with at least one break done, epoch ms. */
  careDays: readonly number[];
  /** Wall-clock now, epoch ms. */
  now: number;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Compares the average of the areas rated in both check-ins; null if none are shared. */
export function getTensionTrend(
  baseline: TensionCheckIn,
  latest: TensionCheckIn,
): { trend: TensionTrend; latestMean: number } | null {
  const shared = Object.keys(latest.ratings).filter(
    (area) => area in baseline.ratings,
  ) as (keyof TensionCheckIn['ratings'])[];
  if (shared.length === 0) return null;
  const before = mean(shared.map((area) => baseline.ratings[area] ?? 0));
  const after = mean(shared.map((area) => latest.ratings[area] ?? 0));
  const change = after - before;
  let trend: TensionTrend = 'flat';
  if (change <= -MEANINGFUL_CHANGE) trend = 'improving';
  else if (change >= MEANINGFUL_CHANGE) trend = 'worsening';
  return { trend, latestMean: after };
}

const notEnough = (message: string): ProfessionalAdvice => ({
  kind: 'notEnoughData',
  trend: null,
  message,
});

/**
 * The see-a-professional rule (NHS self-help pages): a red flag at any time, or
 * no improvement after about two weeks of regular self-care. Calm words; no diagnosis.
 */
export function getProfessionalAdvice({
  checkIns,
  careDays,
  now,
}: AdviceInput): ProfessionalAdvice {
  const sorted = [...checkIns].sort((a, b) => a.at - b.at);
  const latest = sorted.at(-1);
  if (!latest) {
    return notEnough(
      'Rate your tension once a week; after two weeks Unknot can show how it changes.',
    );
  }
  const fresh = now - latest.at <= RED_FLAG_FRESH_DAYS * DAY;
  if (fresh && latest.emergency) {
    return { kind: 'emergency', trend: null, message: EMERGENCY_ADVICE.text };
  }
  if (fresh && latest.redFlags.length > 0) {
    const named = RED_FLAGS.filter((flag) => latest.redFlags.includes(flag.id))
      .map((flag) => flag.text.toLowerCase())
      .join('; ');
    return {
      kind: 'redFlag',
      trend: null,
      message: `You mentioned: ${named}. Please see a doctor today, before you keep working on it yourself. Until then Unknot keeps your breaks to gentle movement; stop anything that hurts.`,
    };
  }
  // Worsening counts whatever the adherence: a big rise is not a trend to wait out.
  const worsening = getWorsening(sorted, latest);
  if (worsening) return { kind: 'seeProfessional', trend: 'worsening', message: worsening };
  const baseline = sorted
    .filter((checkIn) => latest.at - checkIn.at >= COMPARE_AFTER_DAYS * DAY)
    .at(-1);
  if (!baseline) {
    return notEnough('After two weeks of check-ins Unknot can show you how your tension changes.');
  }
  const compared = getTensionTrend(baseline, latest);
  if (!compared) {
    return notEnough('Rate the same areas each week so Unknot can compare them.');
  }
  const weeks = (latest.at - baseline.at) / (7 * DAY);
  const daysWithCare = new Set(
    careDays.filter((day) => day >= baseline.at - DAY && day <= latest.at),
  ).size;
  if (daysWithCare < REGULAR_CARE_DAYS_PER_WEEK * weeks) {
    return notEnough(
      'There were few days with breaks in these two weeks, so the trend says little yet. Breaks on three or more days a week give a fair picture.',
    );
  }
  const { trend, latestMean } = compared;
  if (trend === 'improving') {
    return {
      kind: 'keepGoing',
      trend,
      message: 'Your tension is lower than two weeks ago. Keep going at a pace that suits you.',
    };
  }
  if (trend === 'flat' && latestMean <= LOW_TENSION) {
    return { kind: 'keepGoing', trend, message: 'Your tension is low and steady. Keep going.' };
  }
  return {
    kind: 'seeProfessional',
    trend,
    message:
      trend === 'worsening'
        ? 'Your tension has gone up over two weeks of regular breaks. It would be a good idea to ask a doctor or physiotherapist to take a look.'
        : 'Your tension has stayed about the same after two weeks of regular breaks. That happens, and a doctor or physiotherapist can suggest what else might help.',
  };
}
