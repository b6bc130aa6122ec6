import { BODY, CANVAS, HALF_WIDTH } from './body';
import type { BodySide, ExerciseFigure, FigureView, JointPoint, Pose } from './types';

export interface Point {
  x: number;
  y: number;
}

type SegmentKind = keyof typeof HALF_WIDTH;
export type SegmentName =
  | 'lowerTrunk'
  | 'upperTrunk'
  | 'neck'
  | `${BodySide}${'UpperArm' | 'Forearm' | 'Hand' | 'Thigh' | 'Shin' | 'Foot'}`;

export interface Segment {
  name: SegmentName;
  kind: SegmentKind;
  /** 'far' limbs are drawn behind the body, 'near' ones in front of it. */
  layer: 'far' | 'body' | 'near';
  from: Point;
  to: Point;
  halfWidths: readonly [number, number];
}

export interface BodyLayout {
  view: FigureView;
  joints: Record<JointPoint, Point>;
  segments: Segment[];
  /** Direction the face points, degrees from up (side view: 90 = facing right). */
  headAngle: number;
}

/** The hip joint sits this far above the seat. */
const SEAT_TO_HIP = 12;

const rad = (degrees: number) => (degrees * Math.PI) / 180;
/** A direction `degrees` from straight up, turning toward +x. */
const up = (degrees: number): Point => ({ x: Math.sin(rad(degrees)), y: -Math.cos(rad(degrees)) });
/** A direction `degrees` from straight down, turning toward +x. */
const down = (degrees: number): Point => ({ x: Math.sin(rad(degrees)), y: Math.cos(rad(degrees)) });
const add = (a: Point, d: Point, length = 1): Point => ({
  x: a.x + d.x * length,
  y: a.y + d.y * length,
});

interface LimbPoints {
  shoulder: Point;
  elbow: Point;
  wrist: Point;
  hand: Point;
  hip: Point;
  knee: Point;
  ankle: Point;
  toe: Point;
}

/** Lays one side's arm and leg out from its shoulder and hip joints. */
function layOutLimbs(pose: Pose, side: BodySide, view: FigureView, seated: boolean): LimbPoints {
  const sign = view === 'side' || side === 'left' ? 1 : -1;
  const joint = (name: 'Shoulder' | 'Elbow' | 'Wrist' | 'Hip' | 'Knee' | 'Ankle') =>
    pose[`${side}${name}`];
  const upperLean = pose.trunk + pose.spine;
  const base = { x: 0, y: 0 };
  const neckBase = add(add(base, up(pose.trunk), BODY.lowerTrunk), up(upperLean), BODY.upperTrunk);
  const across = view === 'side' ? 0 : sign * BODY.shoulderHalf * Math.cos(rad(pose.twist));
  const shoulder = add(add(neckBase, down(-upperLean), 4), up(upperLean + 90), across);
  const armAngle = sign * joint('Shoulder') - upperLean;
  const elbow = add(shoulder, down(armAngle), BODY.upperArm);
  const forearmAngle = armAngle + sign * joint('Elbow');
  const wrist = add(elbow, down(forearmAngle), BODY.forearm);
  const hand = add(wrist, down(forearmAngle + sign * joint('Wrist')), BODY.hand);

  const hip = view === 'side' ? base : add(base, up(pose.trunk + 90), sign * BODY.hipHalf);
  let knee: Point;
  let ankle: Point;
  let toe: Point;
  if (view === 'side') {
    const thighAngle = joint('Hip') - pose.trunk;
    knee = add(hip, down(thighAngle), BODY.thigh);
    const shinAngle = thighAngle - joint('Knee');
    ankle = add(knee, down(shinAngle), BODY.shin);
    toe = add(ankle, down(shinAngle + 90 + joint('Ankle')), BODY.foot);
  } else {
    // Seen from the front a seated thigh points at you: it looks short, and the shin hangs.
    const thighAngle = sign * joint('Hip') - pose.trunk;
    knee = seated
      ? { x: hip.x + Math.sin(rad(thighAngle)) * BODY.thigh * 0.5, y: hip.y }
      : add(hip, down(thighAngle), BODY.thigh);
    // Seated, the knee angle turns the hanging shin in the picture plane (90: straight down;
    // more: across toward the other knee, as in a figure-four).
    const shinAngle = seated ? -sign * (joint('Knee') - 90) : thighAngle;
    ankle = add(knee, down(shinAngle), BODY.shin);
    toe = add(ankle, down(shinAngle + sign * 80), BODY.foot * 0.6);
  }
  return { shoulder, elbow, wrist, hand, hip, knee, ankle, toe };
}

function halfWidths(kind: SegmentKind, view: FigureView): readonly [number, number] {
  const widths = HALF_WIDTH[kind][view === 'side' ? 'side' : 'front'];
  return [widths[0], widths[1]];
}

/** Lays the body out with the pelvis at the origin, in the person's frame (+x: forward or left). */
function layOutAtOrigin(figure: ExerciseFigure, pose: Pose): BodyLayout {
  const { view } = figure;
  const seated = figure.support === 'seat';
  const pelvis = { x: 0, y: 0 };
  const waist = add(pelvis, up(pose.trunk), BODY.lowerTrunk);
  const upperLean = pose.trunk + pose.spine;
  const neckBase = add(waist, up(upperLean), BODY.upperTrunk);
  const headLean = upperLean + pose.neck;
  const head = add(neckBase, up(headLean), BODY.neck + BODY.headRadius);
  const left = layOutLimbs(pose, 'left', view, seated);
  const right = layOutLimbs(pose, 'right', view, seated);
  const joints = { pelvis, waist, neckBase, head } as Record<JointPoint, Point>;
  for (const [side, limbs] of [
    ['left', left],
    ['right', right],
  ] as const) {
    joints[`${side}Shoulder`] = limbs.shoulder;
    joints[`${side}Elbow`] = limbs.elbow;
    joints[`${side}Wrist`] = limbs.wrist;
    joints[`${side}Hand`] = limbs.hand;
    joints[`${side}Hip`] = limbs.hip;
    joints[`${side}Knee`] = limbs.knee;
    joints[`${side}Ankle`] = limbs.ankle;
    joints[`${side}Toe`] = limbs.toe;
  }
  // In side view the left limbs face you; from the front or back both are in front of the trunk.
  const limbLayer = (side: BodySide) =>
    view !== 'side' ? 'near' : side === 'left' ? 'near' : 'far';
  const segment = (
    name: SegmentName,
    kind: SegmentKind,
    from: Point,
    to: Point,
    layer: Segment['layer'],
  ) => ({ name, kind, layer, from, to, halfWidths: halfWidths(kind, view) }) satisfies Segment;
  const segments: Segment[] = [
    segment('lowerTrunk', 'lowerTrunk', pelvis, waist, 'body'),
    segment('upperTrunk', 'upperTrunk', waist, neckBase, 'body'),
    segment('neck', 'neck', neckBase, add(neckBase, up(headLean), BODY.neck + 2), 'body'),
  ];
  for (const [side, l] of [
    ['right', right],
    ['left', left],
  ] as const) {
    const layer = limbLayer(side);
    segments.push(
      segment(`${side}Thigh`, 'thigh', l.hip, l.knee, layer),
      segment(`${side}Shin`, 'shin', l.knee, l.ankle, layer),
      segment(`${side}Foot`, 'foot', l.ankle, l.toe, layer),
      segment(`${side}UpperArm`, 'upperArm', l.shoulder, l.elbow, layer),
      segment(`${side}Forearm`, 'forearm', l.elbow, l.wrist, layer),
      segment(`${side}Hand`, 'hand', l.wrist, l.hand, layer),
    );
  }
  return { view, joints, segments, headAngle: headLean + 90 };
}

function translate(layout: BodyLayout, dx: number, dy: number, flipX: boolean): BodyLayout {
  const move = (p: Point): Point => ({ x: (flipX ? -p.x : p.x) + dx, y: p.y + dy });
  const joints = Object.fromEntries(
    Object.entries(layout.joints).map(([name, p]) => [name, move(p)]),
  ) as Record<JointPoint, Point>;
  const segments = layout.segments.map((s) => ({ ...s, from: move(s.from), to: move(s.to) }));
  return { ...layout, joints, segments, headAngle: flipX ? -layout.headAngle : layout.headAngle };
}

/** The lowest point the support rests on, in the origin layout. */
function restingY(layout: BodyLayout, figure: ExerciseFigure): number {
  const j = layout.joints;
  if (figure.support === 'seat') return CANVAS.seatY - SEAT_TO_HIP;
  const feet = [j.leftAnkle.y + 4, j.rightAnkle.y + 4, j.leftToe.y + 2, j.rightToe.y + 2];
  const knees = [j.leftKnee.y + 5, j.rightKnee.y + 5];
  const body =
    figure.support === 'floor' ? [j.pelvis.y + 14, j.neckBase.y + 12, j.head.y + 11] : [];
  return CANVAS.floorY - Math.max(...feet, ...knees, ...body);
}

/**
 * Where every joint and segment of `pose` lies in the 200 × 200 drawing, resting on its
 * support. `centreX` is the pelvis's x; the back view is mirrored so the person's left is
 * on your left, as it is when you look at someone's back.
 */
export function layOutBody(figure: ExerciseFigure, pose: Pose, centreX: number): BodyLayout {
  const origin = layOutAtOrigin(figure, pose);
  const flip = figure.view === 'back';
  return translate(origin, centreX, restingY(origin, figure), flip);
}

/** The pelvis x that centres the first key pose's body in the drawing (kept for every frame). */
export function getCentreX(figure: ExerciseFigure): number {
  const first = figure.poses[0];
  if (!first) return CANVAS.size / 2;
  const layout = layOutBody(figure, first, 0);
  const xs = layout.segments.flatMap((s) => [s.from.x, s.to.x]);
  return CANVAS.size / 2 - (Math.min(...xs) + Math.max(...xs)) / 2;
}
