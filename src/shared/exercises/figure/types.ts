/**
 * The figure model every exercise drawing is made of: one parametric body (joint angles
 * over fixed limb lengths), the props it uses and the area to feel. An exercise's drawing
 * is data: 2–4 key poses of this body. Angles are degrees; the drawing shows the left
 * side, and the right side is its mirror image.
 */

/** Side: the person faces right, their left side toward you. Front and back: facing you or not. */
export type FigureView = 'side' | 'front' | 'back';

/** What carries the body: the floor under the feet (or knee), a chair seat, or the floor when lying. */
export type FigureSupport = 'feet' | 'seat' | 'floor';

export const LIMB_JOINTS = ['Shoulder', 'Elbow', 'Wrist', 'Hip', 'Knee', 'Ankle'] as const;
export type LimbJoint = (typeof LIMB_JOINTS)[number];
export type BodySide = 'left' | 'right';

/**
 * Every angle of one pose.
 * - trunk: lean of the pelvis-to-waist segment from vertical (forward, or toward the left in
 *   front/back view); spine: the upper trunk's bend on it (flexion +, extension −, or side
 *   bend); neck: the head's bend on the upper trunk; twist: upper-trunk rotation (front/back).
 * - Shoulder/Hip: flexion + (forward) and extension − in side view, abduction in front/back
 *   view; Elbow/Knee: flexion from straight; Wrist: extension +, flexion −; Ankle:
 *   dorsiflexion + (toes up), plantarflexion −.
 */
export type Pose = { trunk: number; spine: number; neck: number; twist: number } & {
  [J in `${BodySide}${LimbJoint}`]: number;
};
export type PoseAngle = keyof Pose;

/** Named places on the body, each belonging to one body area (see regions.ts). */
export type RegionId =
  | 'neck-side'
  | 'neck-back'
  | 'levator'
  | 'upper-trapezius'
  | 'shoulder-side'
  | 'shoulder-blade'
  | 'inner-shoulder-blade'
  | 'mid-back'
  | 'chest'
  | 'forearm-front'
  | 'forearm-back'
  | 'lower-back'
  | 'hip-front'
  | 'glute'
  | 'hamstring'
  | 'calf'
  | 'whole-body';

/** A point the renderer knows: a joint of the laid-out body. */
export type JointPoint =
  | 'pelvis'
  | 'waist'
  | 'neckBase'
  | 'head'
  | `${BodySide}${'Shoulder' | 'Elbow' | 'Wrist' | 'Hand' | 'Hip' | 'Knee' | 'Ankle' | 'Toe'}`;

export type FigureProp =
  /** A wall just behind the ball, or `dx` from the pelvis (+: in front, or to the left). */
  | { kind: 'wall'; dx?: number }
  /** A ball pressed onto a body region, from behind (side view) or on the back (back view). */
  | { kind: 'ball'; on: RegionId }
  | { kind: 'chair' }
  | { kind: 'table' }
  /** A doorway's frame, `dx` from the pelvis. */
  | { kind: 'doorway'; dx: number }
  /** An elastic band between two joints, or from a joint to an anchor placed from the pelvis. */
  | { kind: 'band'; from: JointPoint; to: JointPoint | { dx: number; dy: number } }
  /** A foam roller on the floor under a body region. */
  | { kind: 'roller'; under: RegionId };

export interface ExerciseFigure {
  view: FigureView;
  support: FigureSupport;
  /** Two to four key poses; the break loops gently between them. */
  poses: Pose[];
  /** The area to feel, drawn highlighted on the worked side. */
  highlight: RegionId;
  props: FigureProp[];
}
