import type { ExerciseKind } from './types';

/** Seconds per side an exercise of a kind may be held, from the sources in ./sources.ts. */
export interface DoseRange {
  minSeconds: number;
  maxSeconds: number;
  /** What the range rests on. */
  basis: string;
}

export const DOSE_RANGES: Readonly<Record<ExerciseKind, DoseRange>> = {
  // 30 s–1 min per spot, release early if it softens; ~30 s per spot (Ingraham).
  pressure: {
    minSeconds: 30,
    maxSeconds: 60,
    basis: 'Gemmell et al. 2008; Ingraham, PainScience: 30–60 s per spot at about 5–7/10',
  },
  // ACSM: 10–30 s (30–60 s for older adults); 30 s as good as 60 and better than 15
  // (Bandy & Irion 1994; Bandy, Irion & Briggler 1997).
  stretch: {
    minSeconds: 15,
    maxSeconds: 60,
    basis: 'ACSM 2021: hold 10–30 s, 30–60 s for older adults; 30 s is the default',
  },
  // Strength and endurance work: 2 minutes a day of band work helped about as much as 12
  // (Andersen et al. 2011): one timed set of slow repetitions, 20 s up to those 2 minutes.
  strength: {
    minSeconds: 20,
    maxSeconds: 120,
    basis: 'Andersen et al. 2011: 2 minutes a day of elastic-band work',
  },
  // Walk 3–5 min at low to moderate pace (ANSES 2025).
  movement: { minSeconds: 180, maxSeconds: 300, basis: 'ANSES 2025: walk 3–5 minutes' },
};

/** Pressure on knots: at most 5 minutes in one session (Ingraham, PainScience). */
export const PRESSURE_SESSION_MAX_SECONDS = 300;

/** Pressure exercises offered per calendar day: "once or twice a day, not at every break". */
export const PRESSURE_PER_DAY = 2;

/**
 * The doses an exercise of each kind can step through, easiest first: every one inside
 * `DOSE_RANGES`, so moving a level never leaves the evidence.
 */
export const DOSE_LEVELS: Readonly<Record<ExerciseKind, readonly number[]>> = {
  pressure: [30, 45, 60],
  stretch: [20, 30, 45, 60],
  strength: [20, 30, 45, 60, 90, 120],
  movement: [180, 240, 300],
};

/** The stretch hold the sources agree on (Bandy & Irion 1994; EVIDENCE "30 s per side"). */
export const DEFAULT_STRETCH_SECONDS = 30;
