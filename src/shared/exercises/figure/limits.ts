import type { FigureView, Pose, PoseAngle } from './types';

export interface AngleRange {
  min: number;
  max: number;
}

const SIDE_LIMB = {
  // Active ranges of an ordinary adult, in degrees (flexion + / extension −).
  Shoulder: { min: -60, max: 180 },
  Elbow: { min: 0, max: 150 },
  Wrist: { min: -80, max: 70 },
  Hip: { min: -30, max: 125 },
  Knee: { min: 0, max: 150 },
  Ankle: { min: -50, max: 30 },
};

const FRONT_LIMB = {
  ...SIDE_LIMB,
  // Abduction + and adduction − (an arm across the chest reads as adduction from the front).
  Shoulder: { min: -60, max: 180 },
  // Seen from the front the forearm folds either way, by how the upper arm is turned.
  Elbow: { min: -150, max: 150 },
  Hip: { min: -30, max: 50 },
};

function limbRanges(limb: typeof SIDE_LIMB): Record<PoseAngle, AngleRange> {
  const ranges: Partial<Record<PoseAngle, AngleRange>> = {};
  for (const side of ['left', 'right'] as const) {
    for (const [joint, range] of Object.entries(limb)) {
      ranges[`${side}${joint}` as PoseAngle] = range;
    }
  }
  return ranges as Record<PoseAngle, AngleRange>;
}

/**
 * How far each angle of a pose may go, by view. The trunk angle is the body's lean in
 * space, not a joint: lying on the back is −90 in side view.
 */
export const JOINT_LIMITS: Readonly<Record<FigureView, Readonly<Record<PoseAngle, AngleRange>>>> = {
  side: {
    ...limbRanges(SIDE_LIMB),
    trunk: { min: -95, max: 95 },
    spine: { min: -30, max: 60 },
    neck: { min: -60, max: 50 },
    twist: { min: -50, max: 50 },
  },
  front: {
    ...limbRanges(FRONT_LIMB),
    trunk: { min: -30, max: 30 },
    spine: { min: -35, max: 35 },
    neck: { min: -45, max: 45 },
    twist: { min: -50, max: 50 },
  },
  back: {
    ...limbRanges(FRONT_LIMB),
    trunk: { min: -30, max: 30 },
    spine: { min: -35, max: 35 },
    neck: { min: -45, max: 45 },
    twist: { min: -50, max: 50 },
  },
};

/** The angles of a pose that lie outside what a body can do in that view; empty when none. */
export function getImpossibleAngles(view: FigureView, pose: Pose): string[] {
  const limits = JOINT_LIMITS[view];
  return (Object.keys(limits) as PoseAngle[])
    .filter((angle) => {
      const value = pose[angle];
      const range = limits[angle];
      return !Number.isFinite(value) || value < range.min || value > range.max;
    })
    .map((angle) => `${angle} ${pose[angle]}° (${limits[angle].min}…${limits[angle].max})`);
}
