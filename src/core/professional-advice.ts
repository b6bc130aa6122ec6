import { message, type Message } from '../shared/i18n/message';
import { RED_FLAGS } from '../shared/warning-signs';
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

const notEnough = (said: Message): ProfessionalAdvice => ({
  kind: 'notEnoughData',
  trend: null,
  message: said,
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
    return notEnough(message('advice.rateWeekly'));
  }
  const fresh = now - latest.at <= RED_FLAG_FRESH_DAYS * DAY;
  if (fresh && latest.emergency) {
    return { kind: 'emergency', trend: null, message: message('advice.emergency') };
  }
  if (fresh && latest.redFlags.length > 0) {
    const signs = RED_FLAGS.filter((flag) => latest.redFlags.includes(flag.id)).map(
      (flag) => flag.id,
    );
    // The signs are catalogue sentences: the window lists them in its language.
    return { kind: 'redFlag', trend: null, message: message('advice.redFlag'), signs };
  }
  // Worsening counts whatever the adherence: a big rise is not a trend to wait out.
  const worsening = getWorsening(sorted, latest);
  if (worsening) return { kind: 'seeProfessional', trend: 'worsening', message: worsening };
  const baseline = sorted
    .filter((checkIn) => latest.at - checkIn.at >= COMPARE_AFTER_DAYS * DAY)
    .at(-1);
  if (!baseline) {
    return notEnough(message('advice.afterTwoWeeks'));
  }
  const compared = getTensionTrend(baseline, latest);
  if (!compared) {
    return notEnough(message('advice.sameAreas'));
  }
  const weeks = (latest.at - baseline.at) / (7 * DAY);
  const daysWithCare = new Set(
    careDays.filter((day) => day >= baseline.at - DAY && day <= latest.at),
  ).size;
  if (daysWithCare < REGULAR_CARE_DAYS_PER_WEEK * weeks) {
    return notEnough(message('advice.fewCareDays', { days: REGULAR_CARE_DAYS_PER_WEEK }));
  }
  const { trend, latestMean } = compared;
  if (trend === 'improving') {
    return {
      kind: 'keepGoing',
      trend,
      message: message('advice.lower'),
    };
  }
  if (trend === 'flat' && latestMean <= LOW_TENSION) {
    return { kind: 'keepGoing', trend, message: message('advice.lowSteady') };
  }
  return {
    kind: 'seeProfessional',
    trend,
    message: message(trend === 'worsening' ? 'advice.worseAfterCare' : 'advice.sameAfterCare'),
  };
}
