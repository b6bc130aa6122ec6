import { tz } from '@date-fns/tz';
import { isSameDay } from 'date-fns';
import type { AdherenceEvent } from '../shared/domain';
import { getHeldTotal } from './routine-outcome';

/**
 * Seconds of care logged on the calendar day of `now` in `timeZone`: what main puts in
 * `BreakPrompt.careTodaySeconds` so the finish card can say "… of care today".
 */
export function getCareSecondsOnDay(
  events: readonly Pick<AdherenceEvent, 'at' | 'exercises'>[],
  now: number,
  timeZone: string,
): number {
  const zone = tz(timeZone);
  return events
    .filter((event) => isSameDay(event.at, now, { in: zone }))
    .reduce((sum, event) => sum + getHeldTotal(event.exercises.map((e) => e.heldSeconds)), 0);
}
