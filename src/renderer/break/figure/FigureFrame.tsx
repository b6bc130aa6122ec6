import { CANVAS } from '../../../shared/exercises/figure/body';
import { layOutBody } from '../../../shared/exercises/figure/kinematics';
import { getRegionSpot } from '../../../shared/exercises/figure/regions';
import type { ExerciseFigure, Pose } from '../../../shared/exercises/figure/types';
import { getBodyPaths } from './body-paths';
import { getPropShapes, type PropShape } from '../../../shared/exercises/figure/props';

function PropShapes({ shapes }: { shapes: PropShape[] }) {
  return shapes.map((shape, index) => {
    const key = `${shape.kind}-${index}`;
    if (shape.kind === 'rect')
      return (
        <rect
          key={key}
          className={shape.className}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          rx={1.5}
        />
      );
    if (shape.kind === 'circle')
      return <circle key={key} className={shape.className} cx={shape.x} cy={shape.y} r={shape.r} />;
    return (
      <line
        key={key}
        className={shape.className}
        x1={shape.from.x}
        y1={shape.from.y}
        x2={shape.to.x}
        y2={shape.to.y}
      />
    );
  });
}

/**
 * One frame of an exercise drawing: props, the body's outline in three layers (far limbs,
 * trunk and head, near limbs) and the area to feel. `mirrored` draws the right side.
 */
export function FigureFrame({
  figure,
  pose,
  centreX,
  mirrored,
  offsetX = 0,
}: {
  figure: ExerciseFigure;
  pose: Pose;
  centreX: number;
  mirrored: boolean;
  offsetX?: number;
}) {
  const layout = layOutBody(figure, pose, centreX);
  const outline = getBodyPaths(layout, 1.6);
  const fill = getBodyPaths(layout);
  const props = getPropShapes(layout, figure.props);
  const spot = getRegionSpot(layout, figure.highlight);
  const { size, floorY } = CANVAS;
  const transform = mirrored
    ? `translate(${offsetX + size} 0) scale(-1 1)`
    : `translate(${offsetX} 0)`;
  const layer = (name: 'far' | 'body' | 'near') => (
    <g className={`fig-layer fig-${name}`}>
      <path className="fig-outline" d={outline[name]} />
      {name === 'body' && (
        <circle
          className="fig-outline"
          cx={outline.head.centre.x}
          cy={outline.head.centre.y}
          r={outline.head.radius}
        />
      )}
      <path className="fig-fill" d={fill[name]} />
      {name === 'body' && (
        <>
          <circle
            className="fig-fill"
            cx={fill.head.centre.x}
            cy={fill.head.centre.y}
            r={fill.head.radius}
          />
          {fill.head.nose && (
            <circle className="fig-nose" cx={fill.head.nose.x} cy={fill.head.nose.y} r={2.2} />
          )}
        </>
      )}
    </g>
  );
  return (
    <g transform={transform} data-pose>
      <line className="fig-floor" x1={4} y1={floorY} x2={size - 4} y2={floorY} />
      <PropShapes shapes={props.filter((p) => !p.front)} />
      {layer('far')}
      {layer('body')}
      {layer('near')}
      <ellipse
        className="fig-highlight"
        cx={spot.centre.x}
        cy={spot.centre.y}
        rx={spot.radius}
        ry={spot.radius}
      />
      <PropShapes shapes={props.filter((p) => p.front)} />
    </g>
  );
}
