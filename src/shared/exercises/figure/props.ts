import { CANVAS } from './body';
import type { BodyLayout, Point } from './kinematics';
import { getRegionSpot } from './regions';
import type { FigureProp, RegionId } from './types';

/** One prop as plain shapes; `front` ones are drawn over the body. */
export type PropShape =
  | {
      kind: 'rect';
      className: string;
      x: number;
      y: number;
      width: number;
      height: number;
      front: boolean;
    }
  | { kind: 'circle'; className: string; x: number; y: number; r: number; front: boolean }
  | { kind: 'line'; className: string; from: Point; to: Point; front: boolean };

const rect = (
  className: string,
  x: number,
  y: number,
  width: number,
  height: number,
  front = false,
): PropShape => ({
  kind: 'rect',
  className,
  x,
  y,
  width: Math.max(0, width),
  height: Math.max(0, height),
  front,
});

/** Where a ball pressed on `region` sits: behind the body in side view, on it in back view. */
export function getBallCentre(layout: BodyLayout, prop: { on: RegionId }, radius: number): Point {
  const spot = getRegionSpot(layout, prop.on);
  if (layout.view === 'back') return spot.centre;
  return { x: spot.centre.x + spot.normal.x * radius, y: spot.centre.y + spot.normal.y * radius };
}

/** The props of one frame, laid out around the body. */
export function getPropShapes(layout: BodyLayout, props: readonly FigureProp[]): PropShape[] {
  const shapes: PropShape[] = [];
  const { floorY, seatY, ballRadius, size } = CANVAS;
  const ball = props.find((p) => p.kind === 'ball');
  const ballAt = ball ? getBallCentre(layout, ball, ballRadius) : null;
  const pelvis = layout.joints.pelvis;
  // Props are placed in the person's frame; the back view is mirrored.
  const flip = layout.view === 'back' ? -1 : 1;
  for (const prop of props) {
    if (prop.kind === 'wall') {
      if (layout.view !== 'side') {
        shapes.push(rect('fig-wall-pane', 14, 6, size - 28, floorY - 6, layout.view === 'back'));
      } else {
        const x = ballAt ? ballAt.x - ballRadius : pelvis.x + (prop.dx ?? -30) * flip;
        shapes.push(rect('fig-wall', x - 8, 4, 8, floorY - 4));
      }
    } else if (prop.kind === 'ball' && ballAt) {
      shapes.push({
        kind: 'circle',
        className: 'fig-ball',
        x: ballAt.x,
        y: ballAt.y,
        r: ballRadius,
        front: layout.view === 'back',
      });
    } else if (prop.kind === 'chair') {
      if (layout.view === 'side') {
        shapes.push(
          rect('fig-chair', pelvis.x - 20, seatY, 44, 5),
          rect('fig-chair', pelvis.x - 20, seatY - 46, 5, 46),
          rect('fig-chair', pelvis.x - 18, seatY + 5, 3, floorY - seatY - 5),
          rect('fig-chair', pelvis.x + 19, seatY + 5, 3, floorY - seatY - 5),
        );
      } else {
        shapes.push(
          rect('fig-chair', pelvis.x - 26, seatY, 52, 5),
          rect('fig-chair', pelvis.x - 24, seatY + 5, 3, floorY - seatY - 5),
          rect('fig-chair', pelvis.x + 21, seatY + 5, 3, floorY - seatY - 5),
        );
      }
    } else if (prop.kind === 'table') {
      const top = ballAt ? ballAt.y + ballRadius : seatY - 18;
      const x = ballAt ? ballAt.x - 26 : pelvis.x + 30;
      shapes.push(
        rect('fig-table', x, top, size - x, 5),
        rect('fig-table', size - 16, top + 5, 4, floorY - top - 5),
      );
    } else if (prop.kind === 'doorway') {
      const x = pelvis.x + prop.dx * flip;
      shapes.push(rect('fig-door', x - 3, 4, 7, floorY - 4));
    } else if (prop.kind === 'band') {
      const to =
        typeof prop.to === 'string'
          ? layout.joints[prop.to]
          : { x: pelvis.x + prop.to.dx * flip, y: pelvis.y + prop.to.dy };
      shapes.push({
        kind: 'line',
        className: 'fig-band',
        from: layout.joints[prop.from],
        to,
        front: true,
      });
    } else if (prop.kind === 'roller') {
      const spot = getRegionSpot(layout, prop.under);
      const r = 9;
      shapes.push({
        kind: 'circle',
        className: 'fig-roller',
        x: spot.centre.x + spot.normal.x * r,
        y: spot.centre.y + spot.normal.y * r,
        r,
        front: false,
      });
      if (layout.view === 'side')
        shapes.push(rect('fig-wall', spot.centre.x + spot.normal.x * 2 * r - 8, 4, 8, floorY - 4));
    }
  }
  return shapes;
}
