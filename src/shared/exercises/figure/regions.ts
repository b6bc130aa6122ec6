import type { BodyArea } from '../types';
import type { BodyLayout, Point, Segment, SegmentName } from './kinematics';
import type { FigureView, RegionId } from './types';

/**
 * Where a region sits on a segment: `along` from its start (0) to its end (1); `across`
 * in half-widths, + toward the front of the body (side view) or toward the person's left
 * (front and back view). Limb regions are on the left limb: the worked side in the drawing.
 */
interface Anchor {
  segment: SegmentName;
  along: number;
  across: number;
  /** Radius of the highlight, drawing units. */
  radius: number;
}

interface Region {
  area: BodyArea;
  side: Anchor;
  frontal: Anchor;
}

const on = (segment: SegmentName, along: number, across: number, radius = 6): Anchor => ({
  segment,
  along,
  across,
  radius,
});

/** Every region the drawings can highlight, and the body area it belongs to. */
export const REGIONS: Readonly<Record<RegionId, Region>> = {
  'neck-side': { area: 'neck', side: on('neck', 0.5, 0, 5), frontal: on('neck', 0.5, 1, 5) },
  'neck-back': { area: 'neck', side: on('neck', 0.4, -1, 5), frontal: on('neck', 0.4, 0, 5) },
  levator: { area: 'neck', side: on('neck', 0.2, -1, 5), frontal: on('upperTrunk', 1, 0.45, 5) },
  'upper-trapezius': {
    area: 'shoulders',
    side: on('upperTrunk', 0.97, -0.3),
    frontal: on('upperTrunk', 0.97, 0.6),
  },
  'shoulder-side': {
    area: 'shoulders',
    side: on('leftUpperArm', 0.15, 0),
    frontal: on('leftUpperArm', 0.15, 0.3),
  },
  'shoulder-blade': {
    area: 'upper-back',
    side: on('upperTrunk', 0.72, -1),
    frontal: on('upperTrunk', 0.72, 0.6),
  },
  'inner-shoulder-blade': {
    area: 'upper-back',
    side: on('upperTrunk', 0.62, -1),
    frontal: on('upperTrunk', 0.62, 0.5, 5),
  },
  'mid-back': {
    area: 'upper-back',
    side: on('upperTrunk', 0.5, -1, 8),
    frontal: on('upperTrunk', 0.5, 0, 8),
  },
  chest: { area: 'chest', side: on('upperTrunk', 0.75, 1), frontal: on('upperTrunk', 0.75, 0.5) },
  // The palm side faces down on a forearm held forward, palm down.
  'forearm-front': {
    area: 'forearms',
    side: on('leftForearm', 0.45, -0.6, 5),
    frontal: on('leftForearm', 0.45, 0, 5),
  },
  'forearm-back': {
    area: 'forearms',
    side: on('leftForearm', 0.45, 0.6, 5),
    frontal: on('leftForearm', 0.45, 0, 5),
  },
  'lower-back': {
    area: 'lower-back',
    side: on('lowerTrunk', 0.65, -1, 7),
    frontal: on('lowerTrunk', 0.65, 0, 7),
  },
  'hip-front': { area: 'hips', side: on('leftThigh', 0.12, 0.8), frontal: on('leftThigh', 0.1, 0) },
  glute: {
    area: 'glutes',
    side: on('lowerTrunk', 0.05, -1, 7),
    frontal: on('lowerTrunk', 0.05, 0.5, 7),
  },
  hamstring: { area: 'legs', side: on('leftThigh', 0.55, -0.8), frontal: on('leftThigh', 0.55, 0) },
  calf: { area: 'legs', side: on('leftShin', 0.3, -0.8, 5), frontal: on('leftShin', 0.3, 0, 5) },
  'whole-body': {
    area: 'whole-body',
    side: on('upperTrunk', 0.3, 0, 13),
    frontal: on('upperTrunk', 0.3, 0, 13),
  },
};

/** Trunk and neck point up when upright, limbs down: flip limbs so + is always the front. */
function isLimb(segment: Segment): boolean {
  return segment.layer !== 'body';
}

/** The unit normal of a segment that points toward + `across` (in the drawing's frame). */
export function getFrontNormal(segment: Segment, view: FigureView): Point {
  const dx = segment.to.x - segment.from.x;
  const dy = segment.to.y - segment.from.y;
  const length = Math.hypot(dx, dy) || 1;
  let normal = { x: -dy / length, y: dx / length };
  if (isLimb(segment)) normal = { x: -normal.x, y: -normal.y };
  // The back view is mirrored, so "toward the person's left" flips with it.
  if (view === 'back') normal = { x: -normal.x, y: -normal.y };
  return normal;
}

export interface RegionSpot {
  centre: Point;
  /** Outward from the body at that spot: where a ball or a hand presses from. */
  normal: Point;
  radius: number;
}

/** Where a region lies on a laid-out body. */
export function getRegionSpot(layout: BodyLayout, region: RegionId): RegionSpot {
  const anchor = layout.view === 'side' ? REGIONS[region].side : REGIONS[region].frontal;
  const segment = layout.segments.find((s) => s.name === anchor.segment);
  if (!segment) throw new Error(`No segment ${anchor.segment}`);
  const t = anchor.along;
  const axis = {
    x: segment.from.x + (segment.to.x - segment.from.x) * t,
    y: segment.from.y + (segment.to.y - segment.from.y) * t,
  };
  const halfWidth = segment.halfWidths[0] + (segment.halfWidths[1] - segment.halfWidths[0]) * t;
  const normal = getFrontNormal(segment, layout.view);
  const offset = anchor.across * halfWidth;
  const sign = anchor.across < 0 ? -1 : 1;
  return {
    centre: { x: axis.x + normal.x * offset, y: axis.y + normal.y * offset },
    normal: { x: normal.x * sign, y: normal.y * sign },
    radius: anchor.radius,
  };
}
