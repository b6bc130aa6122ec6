import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Exercise } from '../../shared/exercises';

/** The catalogue exercises main sent with the prompt, and a look-up by id. */
export interface ExerciseLookup {
  exercises: readonly Exercise[];
  find(id: string): Exercise | undefined;
}

/** Builds a look-up over the exercises main sent; unknown ids (own exercises) find nothing. */
export function createExerciseLookup(exercises: readonly Exercise[]): ExerciseLookup {
  const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  return { exercises, find: (id) => byId.get(id) };
}

const ExerciseLookupContext = createContext<ExerciseLookup>(createExerciseLookup([]));

/** Gives the break's cards the exercises of this prompt, never the whole catalogue. */
export function ExerciseLookupProvider({
  exercises,
  children,
}: {
  exercises: readonly Exercise[];
  children: ReactNode;
}) {
  const lookup = useMemo(() => createExerciseLookup(exercises), [exercises]);
  return <ExerciseLookupContext.Provider value={lookup}>{children}</ExerciseLookupContext.Provider>;
}

/** The exercises of the break this card belongs to. */
export function useExerciseLookup(): ExerciseLookup {
  return useContext(ExerciseLookupContext);
}
