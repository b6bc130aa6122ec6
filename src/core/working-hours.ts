import { tz } from '@date-fns/tz';
import { addDays, getDay, set, startOfDay } from 'date-fns';
import type { Settings } from '../shared/settings/schema';
import { WEEKDAYS } from '../shared/settings/schema';

/**
 * Calendar rules on the wall clock, in the person's IANA zone. date-fns does the
 * calendar arithmetic, so DST days (23 or 25 hours) and zone changes come out right.
 */

/** How far ahead to look for a boundary: a week covers every weekday once. */
const LOOKAHEAD_DAYS = 8;

interface Range {
  start: number;
  end: number;
}

/** The working ranges of the calendar day that holds `dayStart`, as epoch-ms pairs. */
function rangesOfDay(settings: Settings, dayStart: Date, zone: string): Range[] {
  const inZone = { in: tz(zone) };
  const weekday = WEEKDAYS[getDay(dayStart, inZone)] ?? 'sun';
  const at = (clock: string): number => {
    const [hours = 0, minutes = 0] = clock.split(':').map(Number);
    return set(dayStart, { hours, minutes, seconds: 0, milliseconds: 0 }, inZone).getTime();
  };
  return settings.workingHours.days[weekday].map((range) => ({
    start: at(range.start),
    end: at(range.end),
  }));
}

function rangesAround(settings: Settings, wall: number, zone: string, days: number): Range[] {
  const inZone = { in: tz(zone) };
  const today = startOfDay(wall, inZone);
  const ranges: Range[] = [];
  for (let offset = -1; offset < days; offset += 1) {
    ranges.push(...rangesOfDay(settings, addDays(today, offset, inZone), zone));
  }
  return ranges;
}

/** True when prompts are allowed at `wall`: working hours are off, or `wall` is inside a range. */
export function isWorkingTime(settings: Settings, wall: number, zone: string): boolean {
  if (!settings.workingHours.enabled) return true;
  return rangesAround(settings, wall, zone, 1).some((r) => wall >= r.start && wall < r.end);
}

/** The next wall time after `wall` at which working time starts or ends; null if never. */
export function getNextBoundary(settings: Settings, wall: number, zone: string): number | null {
  if (!settings.workingHours.enabled) return null;
  let next: number | null = null;
  for (const range of rangesAround(settings, wall, zone, LOOKAHEAD_DAYS)) {
    for (const edge of [range.start, range.end]) {
      if (edge > wall && (next === null || edge < next)) next = edge;
    }
  }
  return next;
}

/**
 * "Until tomorrow": the first working start on a later calendar day, or the next
 * midnight when no working day is set. Uses the ranges even when working hours are off,
 * since they still say when the person's day starts.
 */
export function getTomorrowStart(settings: Settings, wall: number, zone: string): number {
  const inZone = { in: tz(zone) };
  const tomorrow = addDays(startOfDay(wall, inZone), 1, inZone);
  for (let offset = 0; offset < LOOKAHEAD_DAYS; offset += 1) {
    const ranges = rangesOfDay(settings, addDays(tomorrow, offset, inZone), zone);
    const first = ranges.map((r) => r.start).sort((a, b) => a - b)[0];
    if (first !== undefined) return first;
  }
  return tomorrow.getTime();
}

/**
 * A stretch of wall time with one answer (working or not), up to the next boundary.
 * Calendar arithmetic costs far more than the rest of an update, so the engine keeps
 * one of these and recomputes only when the wall clock leaves it (or jumps back).
 */
export interface HoursWindow {
  from: number;
  until: number | null;
  working: boolean;
  zone: string;
  settings: Settings;
}

export function getHoursWindow(
  previous: HoursWindow | null,
  settings: Settings,
  wall: number,
  zone: string,
): HoursWindow {
  if (
    previous &&
    previous.settings === settings &&
    previous.zone === zone &&
    wall >= previous.from &&
    (previous.until === null || wall < previous.until)
  ) {
    return previous;
  }
  return {
    from: wall,
    until: getNextBoundary(settings, wall, zone),
    working: isWorkingTime(settings, wall, zone),
    zone,
    settings,
  };
}

/** `isWorkingTime`, answered from the window when `wall` falls inside it. */
export function isWorkingIn(
  window: HoursWindow | null,
  settings: Settings,
  wall: number,
  zone: string,
): boolean {
  if (
    window &&
    window.settings === settings &&
    window.zone === zone &&
    wall >= window.from &&
    (window.until === null || wall < window.until)
  ) {
    return window.working;
  }
  return isWorkingTime(settings, wall, zone);
}
