import { useCallback } from 'react';
import type { Exercise } from '../../../shared/exercises';
import type { WorkedSide } from '../../../shared/exercises/side-text';
import { useSourceText } from './use-text';

export interface ExerciseText {
  name: string;
  steps: string[];
  feel: string;
  stopIf: string[];
  why: string;
  illustrationAlt: string;
  easier?: string;
  harder?: string;
}

/**
 * An exercise's words in the window's language. The catalogue's English lives with its
 * data (src/shared/exercises); the steps and feel are for the side worked.
 */
export function useExerciseText(): (exercise: Exercise, side?: WorkedSide) => ExerciseText {
  const source = useSourceText();
  return useCallback(
    (exercise: Exercise, side: WorkedSide = 'left') => {
      const fill = (text: string) => source(text, side);
      return {
        name: source(exercise.name),
        steps: exercise.steps.map(fill),
        feel: fill(exercise.feel),
        stopIf: exercise.stopIf.map((text) => source(text)),
        why: source(exercise.why),
        illustrationAlt: source(exercise.illustrationAlt),
        easier: exercise.easier === undefined ? undefined : source(exercise.easier),
        harder: exercise.harder === undefined ? undefined : source(exercise.harder),
      };
    },
    [source],
  );
}
