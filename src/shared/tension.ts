/** The weekly tension check-in: areas of the body map, ratings and the advice shown. */
import { z } from 'zod/mini';
import { RED_FLAGS, type RedFlagId } from './warning-signs';
import type { Message } from './i18n/message';

const RED_FLAG_IDS = RED_FLAGS.map((flag) => flag.id) as [RedFlagId, ...RedFlagId[]];

export const TENSION_AREAS = [
  { id: 'neck', label: 'Neck' },
  { id: 'shoulders', label: 'Shoulders' },
  { id: 'upperBack', label: 'Upper back' },
  { id: 'chest', label: 'Chest' },
  { id: 'lowerBack', label: 'Lower back' },
  { id: 'hips', label: 'Hips' },
  { id: 'glutes', label: 'Buttocks' },
  { id: 'legs', label: 'Legs' },
] as const;

export type TensionAreaId = (typeof TENSION_AREAS)[number]['id'];
export const TENSION_AREA_IDS = TENSION_AREAS.map((area) => area.id) as [
  TensionAreaId,
  ...TensionAreaId[],
];

/** One weekly rating, 0 (none) to 10 (worst), for the areas the person cares about. */
export interface TensionCheckIn {
  id: string;
  /** Wall-clock epoch ms. */
  at: number;
  ratings: Partial<Record<TensionAreaId, number>>;
  redFlags: RedFlagId[];
  /** An emergency sign (chest pain, a clot, cauda equina) was happening at the check-in. */
  emergency: boolean;
}

export type TensionTrend = 'improving' | 'flat' | 'worsening';

export type AdviceKind =
  'emergency' | 'redFlag' | 'seeProfessional' | 'keepGoing' | 'notEnoughData';

/** What the see-a-professional rule says after the latest check-in. */
export interface ProfessionalAdvice {
  kind: AdviceKind;
  trend: TensionTrend | null;
  /** What to say, as a message of the advice area (formatted in the window's language). */
  message: Message;
  /** A red flag's warning signs by id: the window lists them in its own words. */
  signs?: string[];
}

/** One calendar week of the trend: average tension next to that week's adherence. */
export interface TensionWeek {
  /** First local date of the week, yyyy-MM-dd (the summary's week start). */
  weekStart: string;
  /** Wall-clock epoch ms, end excluded. */
  startsAt: number;
  endsAt: number;
  /** Mean of the week's check-in averages, one decimal; null for a week without one. */
  tension: number | null;
  /** Check-ins that rated at least one area. */
  checkIns: number;
  /** Breaks prompted (snoozes left out) and breaks taken, as in the summary. */
  breaks: number;
  taken: number;
  /** Days with at least a minute of care. */
  daysWithCare: number;
}

export interface TensionOverview {
  /** The latest check-in (at most one: windows show no more, so no more is sent). */
  checkIns: TensionCheckIn[];
  advice: ProfessionalAdvice;
  /** The last weeks, oldest first, the current week last. */
  weeks: TensionWeek[];
}

const ratingSchema = z.number().check(z.gte(0), z.lte(10));

/** What the check-in form sends; main adds the id and the time. */
export const tensionEntrySchema = z.object({
  ratings: z.partialRecord(z.enum(TENSION_AREA_IDS), ratingSchema),
  redFlags: z.array(z.enum(RED_FLAG_IDS)).check(z.maxLength(RED_FLAG_IDS.length)),
  emergency: z.boolean(),
});

export type TensionEntry = z.output<typeof tensionEntrySchema>;

/** A stored check-in, as read back from the file. */
export const tensionCheckInSchema = z.extend(tensionEntrySchema, {
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  at: z.number().check(z.int(), z.gte(0)),
});
