/** Types of the exercise catalogue: plain data, read by core (routine) and the renderer. */
import type { ContraindicationId, OperationSite } from '../safety';

import type { ExerciseFigure } from './figure/types';

export type BodyArea =
  | 'upper-back'
  | 'shoulders'
  | 'neck'
  | 'chest'
  | 'forearms'
  | 'lower-back'
  | 'hips'
  | 'glutes'
  | 'legs'
  | 'whole-body';
export type ExerciseKind = 'pressure' | 'stretch' | 'strength' | 'movement';
export type Equipment = 'ball' | 'wall' | 'chair' | 'doorway' | 'band' | 'foamRoller' | 'none';

/** A published source, as a person would look it up. */
export interface Source {
  /** Authors or body, and what it is: "Bandy & Irion, hamstring stretch trial". */
  title: string;
  /** Who wrote it, as cited: "Bandy WD, Irion JM". */
  authors?: string;
  year?: number;
  url?: string;
}

export interface Exercise {
  id: string;
  name: string;
  area: BodyArea;
  kind: ExerciseKind;
  /** Everything needed; `['none']` when nothing is. */
  equipment: Equipment[];
  /** 'both' = left then right, each held for `holdSeconds`. */
  sides: 'one' | 'both';
  /** Seconds per side, inside the range for its kind (see `DOSE_RANGES`). */
  holdSeconds: number;
  /**
   * Three to six short steps. In two-sided exercises `{side}` is the side being worked
   * and `{other}` the opposite one ("Tilt your head toward your {other} shoulder").
   */
  steps: string[];
  /** What it should feel like. */
  feel: string;
  /** Stop at once if any of these happens. */
  stopIf: string[];
  /** One line: why this helps, with its source, and how strong the evidence is. */
  why: string;
  sources: Source[];
  /** 'weak' when the sources say so, or when no trial tested this exact use. */
  evidence: 'moderate' | 'weak';
  /** The drawing, as key poses of the figure model; it shows the left (or only) side. */
  figure: ExerciseFigure;
  /** What the drawing shows, for people who cannot see it. */
  illustrationAlt: string;
  /**
   * Safety answers that rule this exercise out, beyond what its kind implies (pressure:
   * every contraindication, always). Usually left out: core/safety-rules derives it.
   */
  ruledOutBy?: ContraindicationId[];
  /** The operation sites it loads, when its area's default is wrong (core/safety-rules). */
  loadsSites?: OperationSite[];
  /** How to make it easier or harder besides the dose (pressure, strength): one line each. */
  easier?: string;
  harder?: string;
}

/** The movement break's first choice: walking beats standing (Cornell CUErgo; ANSES 2025). */
export const WALK_ID = 'walk';
