import type { Effort } from '../shared/domain';
import type { Settings } from '../shared/settings/schema';
import { applyEffort, getLevel } from './progression';

/**
 * One tap says how a hold or set felt: within one break, a rating of an exercise replaces
 * any earlier rating of it, so its level moves at most one step from where it stood before
 * the break's first rating of it, and a changed answer undoes the earlier move.
 */
export interface BreakRatings {
  promptId: string;
  /** The level of each exercise rated in this break, as it stood before its first rating. */
  startLevels: Readonly<Record<string, number>>;
}

/**
 * The settings after `exerciseId` was rated `effort` in break `promptId`, the memory to
 * keep for the next rating (a new break starts afresh), and the level the step started from.
 */
export function rateInBreak(
  settings: Settings,
  memory: BreakRatings | null,
  promptId: string,
  exerciseId: string,
  effort: Effort,
): { settings: Settings; memory: BreakRatings; startLevel: number } {
  const known = memory?.promptId === promptId ? memory.startLevels : {};
  const startLevel = known[exerciseId] ?? getLevel(settings, exerciseId);
  return {
    settings: applyEffort(settings, exerciseId, effort, startLevel),
    memory: { promptId, startLevels: { ...known, [exerciseId]: startLevel } },
    startLevel,
  };
}
