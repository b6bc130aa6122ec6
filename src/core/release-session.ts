import { tz } from '@date-fns/tz';
import { addDays, getDay, isSameDay, set, startOfDay } from 'date-fns';
import type { PlannedExercise } from '../shared/domain';
import {
  DOSE_RANGES,
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
  type Exercise,
} from '../shared/exercises';
import { WEEKDAYS, type Settings } from '../shared/settings/schema';
import { favourKnotSpots, type KnotMarks } from './knot-weighting';
import { getDoseAtLevel, getLevel } from './progression';
import { countPressureToday, getAllowedExercises, type RoutineRequest } from './routine';

/** The daily release session lasts 3–5 minutes (ball holds at most 5 minutes a session). */
export const RELEASE_MIN_SECONDS = 180;
export const RELEASE_MAX_SECONDS = 300;
/** When "end of working hours" has no working hours to follow. */
const DEFAULT_END = '17:30';

export interface ReleaseRequest {
  settings: Settings;
  recent: RoutineRequest['recent'];
  /** Wall-clock epoch ms and the IANA zone that says what "today" is. */
  now: number;
  timeZone: string;
  knotMarks?: KnotMarks;
}

const sides = (exercise: Exercise): number => (exercise.sides === 'both' ? 2 : 1);

/**
 * The release session: ball holds or rolling first, within what is left of the day's
 * pressure cap and the 5-minute pressure limit, then stretches until it lasts 3–5
 * minutes. Pressure the safety rules leave out (a "yes", unanswered questions, protective
 * mode) is never planned: the plan is stretches only, and the engine then does not offer
 * the session at all (release-start.ts). Marked knot spots come first.
 */
export function planReleaseSession(request: ReleaseRequest): PlannedExercise[] {
  const allowed = getAllowedExercises(request.settings, request.now).filter(
    (e) => e.kind === 'pressure' || e.kind === 'stretch',
  );
  const ordered = favourKnotSpots(allowed, request.knotMarks ?? {}).sort(
    (a, b) => Number(b.kind === 'pressure') - Number(a.kind === 'pressure'),
  );
  const routineRequest = { ...request, kind: 'posture' as const, budgetSeconds: 0 };
  let pressureLeft = Math.max(0, PRESSURE_PER_DAY - countPressureToday(routineRequest));
  let pressureSeconds = 0;
  let total = 0;
  const areas = new Set<Exercise['area']>();
  const chosen: PlannedExercise[] = [];
  for (const exercise of ordered) {
    if (total >= RELEASE_MIN_SECONDS) break;
    if (areas.has(exercise.area)) continue;
    const dose = getDoseAtLevel(exercise, getLevel(request.settings, exercise.id));
    const seconds = dose * sides(exercise);
    if (dose < DOSE_RANGES[exercise.kind].minSeconds || total + seconds > RELEASE_MAX_SECONDS)
      continue;
    if (exercise.kind === 'pressure') {
      if (pressureLeft === 0 || pressureSeconds + seconds > PRESSURE_SESSION_MAX_SECONDS) continue;
      pressureLeft -= 1;
      pressureSeconds += seconds;
    }
    chosen.push({
      exerciseId: exercise.id,
      holdSeconds: Array.from({ length: sides(exercise) }, () => dose),
    });
    areas.add(exercise.area);
    total += seconds;
  }
  return chosen;
}

/**
 * When today's release session is due, epoch ms, or null when there is none today: off,
 * or "end of working hours" on a day without them. The end of working hours is the end of
 * the day's last range (17:30 when working hours are off).
 */
export function getReleaseTime(settings: Settings, now: number, timeZone: string): number | null {
  const session = settings.releaseSession;
  if (!session.enabled) return null;
  const inZone = { in: tz(timeZone) };
  let clock = session.at === 'endOfHours' ? DEFAULT_END : session.at;
  if (session.at === 'endOfHours' && settings.workingHours.enabled) {
    const weekday = WEEKDAYS[getDay(now, inZone)] ?? 'sun';
    const ends = settings.workingHours.days[weekday].map((range) => range.end).sort();
    const last = ends.at(-1);
    if (last === undefined) return null;
    clock = last;
  }
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return set(now, { hours, minutes, seconds: 0, milliseconds: 0 }, inZone).getTime();
}

/** How long after its time a session may still be offered (later it waits for tomorrow). */
export const RELEASE_LATE_MS = 2 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The scheduler rule: due once its time has come today, within two hours, and only if no
 * session was offered yet today. A clock set back makes it wait; one set forward past the
 * window skips today rather than prompting at night, and one set back after an offer
 * does not offer again.
 */
export function isReleaseDue(
  settings: Settings,
  lastOfferedAt: number | null,
  now: number,
  timeZone: string,
): boolean {
  const at = getReleaseTime(settings, now, timeZone);
  if (at === null || now < at || now >= at + RELEASE_LATE_MS) return false;
  if (lastOfferedAt === null) return true;
  // An offer "in the future" means the clock was set back since: within a day, that
  // offer was today's (or yesterday's, already past), so it does not come again.
  if (lastOfferedAt > now) return lastOfferedAt - now >= DAY_MS;
  return !isSameDay(lastOfferedAt, now, { in: tz(timeZone) });
}

/** Within the session's window, how often the shell looks again (a break or a call may end). */
export const RELEASE_RETRY_MS = 5 * 60 * 1000;

/**
 * When the shell should next send `releaseCheck`, epoch ms; null while the session is off.
 * Before today's time: that time. Within its window: again in five minutes (core decides
 * whether it opens). Past it, or a day without one: the start of tomorrow, to look again.
 */
export function getReleaseLookAt(settings: Settings, now: number, timeZone: string): number | null {
  if (!settings.releaseSession.enabled) return null;
  const at = getReleaseTime(settings, now, timeZone);
  if (at !== null && now < at) return at;
  if (at !== null && now < at + RELEASE_LATE_MS) return now + RELEASE_RETRY_MS;
  const inZone = { in: tz(timeZone) };
  return startOfDay(addDays(now, 1, inZone), inZone).getTime();
}
