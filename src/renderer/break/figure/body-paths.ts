import type { BodyLayout, Point, Segment } from '../../../shared/exercises/figure/kinematics';
import { BODY } from '../../../shared/exercises/figure/body';

const f = (n: number) => n.toFixed(1);
const pt = (p: Point) => `${f(p.x)} ${f(p.y)}`;

/** A limb or trunk part as a tapered capsule: the outline of a body part, not a stick. */
export function getCapsulePath(segment: Segment, grow = 0): string {
  const { from: a, to: b } = segment;
  const ra = segment.halfWidths[0] + grow;
  const rb = segment.halfWidths[1] + grow;
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length < 0.01) {
    return `M ${f(a.x - ra)} ${f(a.y)} a ${f(ra)} ${f(ra)} 0 1 0 ${f(2 * ra)} 0 a ${f(ra)} ${f(ra)} 0 1 0 ${f(-2 * ra)} 0 Z`;
  }
  const n = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  const side = (p: Point, r: number, sign: number): Point => ({
    x: p.x + n.x * r * sign,
    y: p.y + n.y * r * sign,
  });
  return [
    `M ${pt(side(a, ra, 1))}`,
    `L ${pt(side(b, rb, 1))}`,
    `A ${f(rb)} ${f(rb)} 0 0 0 ${pt(side(b, rb, -1))}`,
    `L ${pt(side(a, ra, -1))}`,
    `A ${f(ra)} ${f(ra)} 0 0 0 ${pt(side(a, ra, 1))}`,
    'Z',
  ].join(' ');
}

export interface BodyPaths {
  far: string;
  body: string;
  near: string;
  /** The head: a circle, with a nose in side view so you can see which way the person faces. */
  head: { centre: Point; radius: number; nose: Point | null };
}

/** The body's outline, one path per layer (far limbs, trunk, near limbs). */
export function getBodyPaths(layout: BodyLayout, grow = 0): BodyPaths {
  const join = (layer: Segment['layer']) =>
    layout.segments
      .filter((s) => s.layer === layer)
      .map((s) => getCapsulePath(s, grow))
      .join(' ');
  const centre = layout.joints.head;
  const radius = BODY.headRadius + grow;
  const angle = (layout.headAngle * Math.PI) / 180;
  const nose =
    layout.view === 'side'
      ? {
          x: centre.x + Math.sin(angle) * BODY.headRadius,
          y: centre.y - Math.cos(angle) * BODY.headRadius,
        }
      : null;
  return {
    far: join('far'),
    body: join('body'),
    near: join('near'),
    head: { centre, radius, nose },
  };
}
