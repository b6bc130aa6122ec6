import type { Pose } from './types';

/** Upright, arms hanging with soft elbows: the pose every other one starts from. */
export const STANDING: Readonly<Pose> = {
  trunk: 0,
  spine: 0,
  neck: 0,
  twist: 0,
  leftShoulder: 4,
  leftElbow: 10,
  leftWrist: 0,
  leftHip: 0,
  leftKnee: 2,
  leftAnkle: 0,
  rightShoulder: 4,
  rightElbow: 10,
  rightWrist: 0,
  rightHip: 0,
  rightKnee: 2,
  rightAnkle: 0,
};

/** Standing, with some angles changed. */
export function stand(change: Partial<Pose> = {}): Pose {
  return { ...STANDING, ...change };
}

/** Sitting tall on a chair, thighs level, feet flat under the knees, hands on the thighs. */
export function sit(change: Partial<Pose> = {}): Pose {
  return stand({
    leftHip: 90,
    rightHip: 90,
    leftKnee: 90,
    rightKnee: 90,
    leftShoulder: 20,
    rightShoulder: 20,
    leftElbow: 60,
    rightElbow: 60,
    ...change,
  });
}

/** The left knee down, the right foot forward: a half-kneeling lunge. */
export function halfKneel(change: Partial<Pose> = {}): Pose {
  return stand({
    leftHip: -10,
    leftKnee: 95,
    leftAnkle: -45,
    rightHip: 90,
    rightKnee: 90,
    ...change,
  });
}

/** Straight interpolation of every angle: a range of angles is convex, so in-between poses stay possible. */
export function interpolatePose(from: Pose, to: Pose, t: number): Pose {
  const mixed = { ...from };
  for (const key of Object.keys(from) as (keyof Pose)[]) {
    mixed[key] = from[key] + (to[key] - from[key]) * t;
  }
  return mixed;
}

/** Sitting seen from the front or back: thighs toward you (no spread), shins hanging, hands on the thighs. */
export function sitFront(change: Partial<Pose> = {}): Pose {
  return stand({
    leftHip: 6,
    rightHip: 6,
    leftKnee: 90,
    rightKnee: 90,
    leftShoulder: 6,
    rightShoulder: 6,
    leftElbow: -25,
    rightElbow: -25,
    ...change,
  });
}
