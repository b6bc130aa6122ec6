import type { BreakPrompt, BreakResult } from '../shared/domain';

/**
 * What closing the break window from its frame (close button, Alt+F4, Ctrl/Cmd+W) means:
 * "not now", a snooze with nothing held. The engine logs a snooze past the limit as a
 * skip, strict mode included, so the break always ends logged.
 */
export function getWindowClosedResult(prompt: BreakPrompt): BreakResult {
  return { promptId: prompt.id, outcome: 'snoozed', exercises: [] };
}
