import { describe, expect, it } from 'vitest';
import {
  RELEASE_MAX_SECONDS,
  RELEASE_MIN_SECONDS,
  getReleaseTime,
  isReleaseDue,
  planReleaseSession,
} from '../../../src/core/release-session';
import {
  findExercise,
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
} from '../../../src/shared/exercises';
import { findKnotSpot } from '../../../src/shared/knot-spots';
import {
  getDefaultSettings,
  settingsSchema,
  type Settings,
} from '../../../src/shared/settings/schema';
import { getAnsweredSettings } from './safety-fixtures';

const ZONE = 'Europe/Berlin';
/** Monday 23 November 2026, 17:45 in Berlin. */
const MONDAY_1745 = Date.UTC(2026, 10, 23, 16, 45);

function on(settings: Settings, at: Settings['releaseSession']['at'] = 'endOfHours'): Settings {
  return { ...settings, releaseSession: { enabled: true, at } };
}

const total = (plan: { holdSeconds: number[] }[]) =>
  plan.reduce((sum, p) => sum + p.holdSeconds.reduce((s, h) => s + h, 0), 0);

describe('release session planner', () => {
  it('lasts 3–5 minutes, holds first, within the daily cap and the 5-minute pressure limit', () => {
    const plan = planReleaseSession({
      settings: getAnsweredSettings(),
      recent: [],
      now: MONDAY_1745,
      timeZone: ZONE,
    });
    const kinds = plan.map((p) => findExercise(p.exerciseId)?.kind);
    expect(kinds[0]).toBe('pressure');
    expect(kinds.filter((k) => k === 'pressure').length).toBeLessThanOrEqual(PRESSURE_PER_DAY);
    const pressure = plan.filter((p) => findExercise(p.exerciseId)?.kind === 'pressure');
    expect(total(pressure)).toBeLessThanOrEqual(PRESSURE_SESSION_MAX_SECONDS);
    expect(total(plan)).toBeGreaterThanOrEqual(RELEASE_MIN_SECONDS);
    expect(total(plan)).toBeLessThanOrEqual(RELEASE_MAX_SECONDS);
  });

  it('never goes past the daily pressure cap: two holds earlier today leave stretches only', () => {
    const recent = [
      { exerciseId: 'ball-glute-wall', at: MONDAY_1745 - 3 * 3600_000 },
      { exerciseId: 'ball-shoulder-blade-wall', at: MONDAY_1745 - 2 * 3600_000 },
    ];
    const plan = planReleaseSession({
      settings: getAnsweredSettings(),
      recent,
      now: MONDAY_1745,
      timeZone: ZONE,
    });
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((p) => findExercise(p.exerciseId)?.kind === 'stretch')).toBe(true);
  });

  it('falls back to stretches when the safety questions are unanswered (fail closed)', () => {
    const plan = planReleaseSession({
      settings: getDefaultSettings(),
      recent: [],
      now: MONDAY_1745,
      timeZone: ZONE,
    });
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((p) => findExercise(p.exerciseId)?.kind === 'stretch')).toBe(true);
    expect(total(plan)).toBeGreaterThanOrEqual(RELEASE_MIN_SECONDS);
  });

  it('starts with the most tender marked spot', () => {
    const plan = planReleaseSession({
      settings: getAnsweredSettings(),
      recent: [],
      now: MONDAY_1745,
      timeZone: ZONE,
      knotMarks: { glutes: 2 },
    });
    expect(findKnotSpot('glutes').exerciseIds).toContain(plan[0]?.exerciseId);
  });
});

describe('release session schedule', () => {
  it('is off by default, and old settings files get it off', () => {
    expect(getDefaultSettings().releaseSession).toEqual({ enabled: false, at: 'endOfHours' });
    expect(settingsSchema.parse({}).releaseSession.enabled).toBe(false);
    expect(getReleaseTime(getDefaultSettings(), MONDAY_1745, ZONE)).toBeNull();
    expect(
      settingsSchema.safeParse({ releaseSession: { enabled: true, at: '25:00' } }).success,
    ).toBe(false);
  });

  it('comes at the end of working hours, or at the time set, once a day', () => {
    const hours = on(getDefaultSettings());
    hours.workingHours = { ...hours.workingHours, enabled: true };
    // Berlin 17:30 on a Monday is 16:30 UTC in November.
    expect(getReleaseTime(hours, MONDAY_1745, ZONE)).toBe(Date.UTC(2026, 10, 23, 16, 30));
    expect(isReleaseDue(hours, null, MONDAY_1745, ZONE)).toBe(true);
    expect(isReleaseDue(hours, MONDAY_1745 - 60_000, MONDAY_1745, ZONE)).toBe(false);
    // Yesterday's session does not count for today.
    expect(isReleaseDue(hours, MONDAY_1745 - 86_400_000, MONDAY_1745, ZONE)).toBe(true);
    // Before its time, and long after it (a clock jump, a late wake-up): not due.
    expect(isReleaseDue(hours, null, MONDAY_1745 - 30 * 60_000, ZONE)).toBe(false);
    expect(isReleaseDue(hours, null, MONDAY_1745 + 3 * 3600_000, ZONE)).toBe(false);
    // A Saturday without working hours has no end of working hours.
    expect(getReleaseTime(hours, MONDAY_1745 + 5 * 86_400_000, ZONE)).toBeNull();
    const evening = on(getDefaultSettings(), '21:00');
    expect(getReleaseTime(evening, MONDAY_1745, ZONE)).toBe(Date.UTC(2026, 10, 23, 20, 0));
  });
});
