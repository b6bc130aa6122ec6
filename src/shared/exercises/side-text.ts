import type { Exercise } from './types';

export type WorkedSide = 'left' | 'right';

const OTHER: Record<WorkedSide, WorkedSide> = { left: 'right', right: 'left' };

function fill(text: string, side: WorkedSide): string {
  return text.replaceAll('{side}', side).replaceAll('{other}', OTHER[side]);
}

/**
 * The steps and feel of an exercise for the side being worked, in words ("Tilt your head
 * toward your right shoulder"). One-sided exercises never use the placeholders.
 */
export function getSideText(
  exercise: Pick<Exercise, 'steps' | 'feel'>,
  side: WorkedSide,
): { steps: string[]; feel: string } {
  return { steps: exercise.steps.map((step) => fill(step, side)), feel: fill(exercise.feel, side) };
}
