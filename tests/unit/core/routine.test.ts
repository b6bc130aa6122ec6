import { describe, expect, it } from 'vitest';
import { planRoutine, type RoutineRequest } from '../../../src/core/routine';
import type { Settings } from '../../../src/shared/settings/schema';
import type { PlannedExercise } from '../../../src/shared/domain';
import { BODY_AREAS, findExercise, type Exercise } from '../../../src/shared/exercises';
// Pressure is planned only after the safety check: these tests start from "no" throughout.
import { getAnsweredSettings as getDefaultSettings } from './safety-fixtures';

const MINUTE = 60_000;
const monday9 = Date.UTC(2026, 10, 23, 8, 0); // 09:00 in Berlin

function request(overrides: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    kind: 'posture',
    budgetSeconds: 60,
    settings: getDefaultSettings(),
    recent: [],
    now: monday9,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

function settingsWith(change: (s: Settings) => void): Settings {
  const settings = getDefaultSettings();
  change(settings);
  return settings;
}

const exerciseOf = (plan: PlannedExercise): Exercise => {
  const exercise = findExercise(plan.exerciseId);
  if (!exercise) throw new Error(`unknown exercise ${plan.exerciseId}`);
  return exercise;
};
const seconds = (plans: PlannedExercise[]) =>
  plans.reduce((sum, p) => sum + p.holdSeconds.reduce((s, h) => s + h, 0), 0);

/** A week of default breaks: every 30 min from 9 to 17, every second one a movement break. */
function simulateWeek(settings: Settings) {
  const recent: { exerciseId: string; at: number }[] = [];
  const breaks: { at: number; plans: PlannedExercise[] }[] = [];
  for (let day = 0; day < 5; day += 1) {
    for (let slot = 1; slot <= 16; slot += 1) {
      const at = monday9 + day * 24 * 60 * MINUTE + slot * 30 * MINUTE;
      const movement = slot % 2 === 0;
      const plans = planRoutine(
        request({
          kind: movement ? 'movement' : 'posture',
          budgetSeconds: movement
            ? settings.breaks.movementMinutes * 60
            : settings.breaks.postureSeconds,
          settings,
          recent: [...recent],
          now: at,
        }),
      );
      breaks.push({ at, plans });
      for (const plan of plans) recent.push({ exerciseId: plan.exerciseId, at });
    }
  }
  return breaks;
}

describe('planRoutine', () => {
  it('fills a default posture break with one to three exercises within its 60 s', () => {
    const plans = planRoutine(request());
    expect(plans.length).toBeGreaterThanOrEqual(1);
    expect(plans.length).toBeLessThanOrEqual(3);
    expect(seconds(plans)).toBeLessThanOrEqual(60);
    expect(seconds(plans)).toBeGreaterThan(0);
  });

  it('walks in a movement break, 3 to 5 minutes, within the budget; seated when the walk is off', () => {
    for (const budget of [180, 240, 300]) {
      const plans = planRoutine(request({ kind: 'movement', budgetSeconds: budget }));
      const walk = plans.find((p) => exerciseOf(p).kind === 'movement');
      expect(walk?.holdSeconds[0]).toBeGreaterThanOrEqual(180);
      expect(walk?.holdSeconds[0]).toBeLessThanOrEqual(300);
      expect(seconds(plans)).toBeLessThanOrEqual(budget);
      expect(plans.length).toBeLessThanOrEqual(3);
    }
    const disabled = settingsWith((s) => {
      s.exercises.disabled = ['walk'];
    });
    // Switched off, the walk is not planned: a seated alternative takes its place.
    const plans = planRoutine(
      request({ kind: 'movement', budgetSeconds: 240, settings: disabled }),
    );
    expect(plans.some((p) => p.exerciseId === 'walk')).toBe(false);
    expect(plans.filter((p) => exerciseOf(p).kind === 'movement').map((p) => p.exerciseId)).toEqual(
      ['seated-marching'],
    );
  });

  it('never offers a walk in a posture break', () => {
    for (const { plans } of simulateWeek(getDefaultSettings()).filter((_, i) => i % 2 === 0)) {
      expect(plans.some((p) => exerciseOf(p).kind === 'movement')).toBe(false);
    }
  });

  it.each([
    [
      'no ball',
      (s: Settings) => (s.equipment.ball = false),
      (e: Exercise) => e.equipment.includes('ball'),
    ],
    [
      'no wall',
      (s: Settings) => (s.equipment.wall = false),
      (e: Exercise) => e.equipment.includes('wall'),
    ],
    [
      'no chair',
      (s: Settings) => (s.equipment.chair = false),
      (e: Exercise) => e.equipment.includes('chair'),
    ],
    [
      'no doorway',
      (s: Settings) => (s.equipment.doorway = false),
      (e: Exercise) => e.equipment.includes('doorway'),
    ],
    [
      'pressure not allowed',
      (s: Settings) => (s.safety.pressureAllowed = false),
      (e: Exercise) => e.kind === 'pressure',
    ],
    [
      'two exercises disabled',
      (s: Settings) => (s.exercises.disabled = ['neck-side-bend', 'doorway-chest-stretch']),
      (e: Exercise) => e.id === 'neck-side-bend' || e.id === 'doorway-chest-stretch',
    ],
  ])('respects %s over a whole week', (_name, change, forbidden) => {
    const settings = settingsWith(change);
    const offered = simulateWeek(settings).flatMap((b) => b.plans.map(exerciseOf));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter(forbidden)).toEqual([]);
  });

  it('with nothing but the body, still fills every break', () => {
    const settings = settingsWith((s) => {
      s.equipment = {
        ball: false,
        wall: false,
        chair: false,
        doorway: false,
        band: false,
        foamRoller: false,
      };
    });
    for (const { plans } of simulateWeek(settings)) {
      expect(plans.length).toBeGreaterThan(0);
      expect(plans.every((p) => exerciseOf(p).equipment.every((e) => e === 'none'))).toBe(true);
    }
  });

  it('rotates body areas so a week of default breaks covers every area', () => {
    const breaks = simulateWeek(getDefaultSettings());
    const areas = new Set(breaks.flatMap((b) => b.plans.map((p) => exerciseOf(p).area)));
    expect([...areas].sort()).toEqual([...BODY_AREAS].sort());
    // Rotation, not luck: the first eight breaks already visit seven different areas.
    const firstDay = breaks.slice(0, 8).flatMap((b) => b.plans.map((p) => exerciseOf(p).area));
    expect(new Set(firstDay).size).toBeGreaterThanOrEqual(7);
  });

  it('never puts two exercises of one area in the same break', () => {
    for (const { plans } of simulateWeek(getDefaultSettings())) {
      const areas = plans.map((p) => exerciseOf(p).area);
      expect(new Set(areas).size).toBe(areas.length);
    }
  });

  it('offers ball pressure at most twice a calendar day, and again the next day', () => {
    const breaks = simulateWeek(getDefaultSettings());
    const perDay = new Map<number, number>();
    for (const { at, plans } of breaks) {
      const day = Math.floor((at - monday9) / (24 * 60 * MINUTE));
      const pressure = plans.filter((p) => exerciseOf(p).kind === 'pressure').length;
      perDay.set(day, (perDay.get(day) ?? 0) + pressure);
    }
    expect([...perDay.values()]).toEqual([2, 2, 2, 2, 2]);
  });

  it("counts the day in the person's time zone, not UTC", () => {
    // 23:30 and 23:45 on Sunday in Berlin are 22:30 and 22:45 UTC; 00:30 Monday is 23:30 UTC Sunday.
    const sunday2330 = Date.UTC(2026, 10, 22, 22, 30);
    const recent = [
      { exerciseId: 'ball-shoulder-blade-wall', at: sunday2330 },
      { exerciseId: 'ball-glute-wall', at: sunday2330 + 15 * MINUTE },
    ];
    const mondayHalfPastMidnight = Date.UTC(2026, 10, 22, 23, 30);
    const berlin = planRoutine(
      request({ recent, now: mondayHalfPastMidnight, budgetSeconds: 150 }),
    );
    const utc = planRoutine(
      request({ recent, now: mondayHalfPastMidnight, budgetSeconds: 150, timeZone: 'UTC' }),
    );
    const pressure = (plans: PlannedExercise[]) =>
      plans.filter((p) => exerciseOf(p).kind === 'pressure').length;
    expect(pressure(berlin)).toBeGreaterThan(0);
    expect(pressure(utc)).toBe(0);
  });

  it('shortens only the first exercise, and never below the evidence minimum', () => {
    const plans = planRoutine(request({ budgetSeconds: 30 }));
    expect(plans).toHaveLength(1);
    expect(seconds(plans)).toBeLessThanOrEqual(30);
    const [first] = plans;
    expect(first && exerciseOf(first).kind).not.toBe('pressure');
    expect(planRoutine(request({ budgetSeconds: 10 }))).toEqual([]);
  });

  it('ignores unknown ids in the recent list', () => {
    const plans = planRoutine(request({ recent: [{ exerciseId: 'gone', at: monday9 - MINUTE }] }));
    expect(plans.length).toBeGreaterThan(0);
  });
});
