/** Limb lengths and widths of the figure, in drawing units (a standing figure is ~170 tall). */
export const BODY = {
  headRadius: 11,
  neck: 9,
  upperTrunk: 32,
  lowerTrunk: 20,
  upperArm: 29,
  forearm: 25,
  hand: 9,
  thigh: 41,
  shin: 40,
  foot: 17,
  heel: 4,
  /** Half the distance between the shoulder joints, seen from the front. */
  shoulderHalf: 17,
  /** Half the distance between the hip joints, seen from the front. */
  hipHalf: 8,
} as const;

/** Half-widths of each segment at its start and end, side view then front view. */
export const HALF_WIDTH = {
  lowerTrunk: { side: [13, 11], front: [17, 13] },
  upperTrunk: { side: [12, 13], front: [14, 17] },
  neck: { side: [5, 5], front: [5, 5] },
  upperArm: { side: [5, 4], front: [5, 4] },
  forearm: { side: [4, 3], front: [4, 3] },
  hand: { side: [3, 2.5], front: [3, 2.5] },
  thigh: { side: [7.5, 5], front: [8, 5.5] },
  shin: { side: [5, 3.5], front: [5, 3.5] },
  foot: { side: [3, 2.5], front: [3, 3] },
} as const;

/** The drawing: a 200 × 200 box, the floor near its bottom, a chair seat at sitting height. */
export const CANVAS = { size: 200, floorY: 188, seatY: 156, ballRadius: 7 } as const;
