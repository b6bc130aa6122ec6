import type { Exercise } from '../shared/exercises/types';

/**
 * True for the exercises whose dose the person rates after doing it. Its own module so
 * the break window can ask without loading progression, which reads the whole catalogue.
 */
export function isRated(exercise: Pick<Exercise, 'kind'>): boolean {
  return exercise.kind === 'pressure' || exercise.kind === 'strength';
}
