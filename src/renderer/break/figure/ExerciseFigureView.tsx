import { getCentreX } from '../../../shared/exercises/figure/kinematics';
import { interpolatePose } from '../../../shared/exercises/figure/poses';
import type { ExerciseFigure } from '../../../shared/exercises/figure/types';
import { CANVAS } from '../../../shared/exercises/figure/body';
import { FigureFrame } from './FigureFrame';
import { getLoopPosition, useLoopClock, useReducedMotion } from './use-pose-loop';
import './exercise-figure.css';

/**
 * An exercise drawn from the figure model, inline (no files, nothing remote). It loops
 * gently between the key poses; with reduced motion it shows them side by side.
 */
export function ExerciseFigureView({
  figure,
  side,
  label,
  stillLabel,
  still = false,
}: {
  figure: ExerciseFigure;
  side: 'left' | 'right';
  /** What the drawing shows, for people who cannot see it. */
  label: string;
  /** The same for the key poses side by side, which say so ("… Key positions, side by side."). */
  stillLabel: string;
  /** Draw the key poses side by side without motion (screenshots, reduced motion). */
  still?: boolean;
}) {
  const reduced = useReducedMotion() || still;
  const seconds = useLoopClock(!reduced && figure.poses.length > 1);
  const centreX = getCentreX(figure);
  const mirrored = side === 'right';
  const first = figure.poses[0];
  if (!first) return null;
  if (reduced) {
    const count = figure.poses.length;
    return (
      <svg
        className="figure figure-still"
        viewBox={`0 0 ${CANVAS.size * count} ${CANVAS.size}`}
        role="img"
        aria-label={stillLabel}
        data-side={side}
      >
        {figure.poses.map((pose, index) => (
          <FigureFrame
            key={index}
            figure={figure}
            pose={pose}
            centreX={centreX}
            mirrored={mirrored}
            offsetX={index * CANVAS.size}
          />
        ))}
      </svg>
    );
  }
  const { index, t } = getLoopPosition(figure.poses.length, seconds);
  const from = figure.poses[index] ?? first;
  const to = figure.poses[(index + 1) % figure.poses.length] ?? first;
  return (
    <svg
      className="figure figure-moving"
      viewBox={`0 0 ${CANVAS.size} ${CANVAS.size}`}
      role="img"
      aria-label={label}
      data-side={side}
    >
      <FigureFrame
        figure={figure}
        pose={interpolatePose(from, to, t)}
        centreX={centreX}
        mirrored={mirrored}
      />
    </svg>
  );
}
