/** The knot finder's results: how tender each spot felt at a self-check, with its date. */
import { z } from 'zod/mini';

export const KNOT_SPOT_IDS = [
  'upperTrapezius',
  'levatorScapulae',
  'betweenShoulderBlades',
  'chest',
  'forearm',
  'glutes',
  'hipFlexors',
] as const;

export type KnotSpotId = (typeof KNOT_SPOT_IDS)[number];

/** 0 not tender, 1 a little tender, 2 very tender. */
export type Tenderness = 0 | 1 | 2;

export const TENDERNESS_LABELS: Readonly<Record<Tenderness, string>> = {
  0: 'Not tender',
  1: 'A little tender',
  2: 'Very tender',
};

/** One self-check: the spots the person marked (a spot left out was skipped). */
export interface KnotCheck {
  id: string;
  /** Wall-clock epoch ms. */
  at: number;
  marks: Partial<Record<KnotSpotId, Tenderness>>;
}

/** How a spot changed between its last two checks. */
export type KnotChange = 'eased' | 'same' | 'worse';

export interface KnotSpotChange {
  spot: KnotSpotId;
  change: KnotChange;
  from: Tenderness;
  to: Tenderness;
  /** Wall-clock epoch ms of the two checks compared. */
  fromAt: number;
  toAt: number;
}

/** What the knot finder and the summary are sent: the latest mark per spot and the changes. */
export interface KnotOverview {
  /** The latest mark of each spot, with when it was made. */
  latest: Partial<Record<KnotSpotId, { tenderness: Tenderness; at: number }>>;
  changes: KnotSpotChange[];
}

const tendernessSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);

/** What the knot finder sends; main adds the id and the time. */
export const knotEntrySchema = z.object({
  marks: z.partialRecord(z.enum(KNOT_SPOT_IDS), tendernessSchema),
});

export type KnotEntry = z.output<typeof knotEntrySchema>;

/** A stored check, as read back from the file. */
export const knotCheckSchema = z.extend(knotEntrySchema, {
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  at: z.number().check(z.int(), z.gte(0)),
});
