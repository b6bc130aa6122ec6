import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEffort,
  getDoseAtLevel,
  getLevelBounds,
  getNextLevel,
  isRated,
} from '../../../src/core/progression';
import { planRoutine, type RoutineRequest } from '../../../src/core/routine';
import { getAnsweredSettings } from './safety-fixtures';
import type { Effort } from '../../../src/shared/domain';
import { DOSE_RANGES, EXERCISES, findExercise } from '../../../src/shared/exercises';
import {
  getDefaultSettings,
  settingsSchema,
  type Settings,
} from '../../../src/shared/settings/schema';

const monday9 = Date.UTC(2026, 10, 23, 8, 0);

function request(settings: Settings, overrides: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    kind: 'posture',
    budgetSeconds: 90,
    settings,
    recent: [],
    now: monday9,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

/** Settings where only `id` may be offered (everything else switched off). */
function onlyOffering(id: string, change: (s: Settings) => void = () => undefined): Settings {
  // The safety check answered "no" throughout: pressure holds may be planned.
  const settings = getAnsweredSettings();
  settings.equipment.band = true;
  settings.equipment.foamRoller = true;
  settings.exercises.disabled = EXERCISES.filter((e) => e.id !== id).map((e) => e.id);
  change(settings);
  return settings;
}

const efforts: Effort[] = ['too-much', 'right', 'too-little'];

describe('progression', () => {
  it('steps a ball hold down after "too much", up after "too little", never past the evidence', () => {
    const ball = findExercise('ball-shoulder-blade-wall');
    if (!ball) throw new Error('missing');
    expect(ball.holdSeconds).toBe(45);
    expect(getDoseAtLevel(ball, getNextLevel(ball, 0, 'too-much'))).toBe(30);
    expect(getDoseAtLevel(ball, getNextLevel(ball, 0, 'too-little'))).toBe(60);
    expect(getNextLevel(ball, 0, 'right')).toBe(0);
    // Already at the bounds: stays there.
    expect(getNextLevel(ball, -1, 'too-much')).toBe(-1);
    expect(getNextLevel(ball, 1, 'too-little')).toBe(1);
    expect(getDoseAtLevel(ball, 9)).toBe(DOSE_RANGES.pressure.maxSeconds);
    expect(getDoseAtLevel(ball, Number.NaN)).toBe(45);
  });

  it('for every rated exercise and any run of answers: inside the range, never up after "too much"', () => {
    const rated = EXERCISES.filter(isRated);
    expect(rated.length).toBeGreaterThanOrEqual(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...rated),
        fc.array(fc.constantFrom(...efforts), { maxLength: 12 }),
        (exercise, answers) => {
          let level = 0;
          const range = DOSE_RANGES[exercise.kind];
          const { lowest, highest } = getLevelBounds(exercise);
          for (const effort of answers) {
            const next = getNextLevel(exercise, level, effort);
            if (effort === 'too-much') expect(next).toBeLessThanOrEqual(level);
            if (effort === 'too-little') expect(next).toBeGreaterThanOrEqual(level);
            expect(Math.abs(next - level)).toBeLessThanOrEqual(1);
            expect(next).toBeGreaterThanOrEqual(lowest);
            expect(next).toBeLessThanOrEqual(highest);
            const dose = getDoseAtLevel(exercise, next);
            expect(dose).toBeGreaterThanOrEqual(range.minSeconds);
            expect(dose).toBeLessThanOrEqual(range.maxSeconds);
            level = next;
          }
        },
      ),
    );
  });

  it('keeps the rating in settings that still validate, and ignores stretches and unknown ids', () => {
    let settings = getDefaultSettings();
    settings = applyEffort(settings, 'band-row', 'too-little');
    settings = applyEffort(settings, 'band-row', 'too-little');
    expect(settings.exercises.levels).toEqual({ 'band-row': 2 });
    expect(settingsSchema.parse(settings)).toEqual(settings);
    expect(applyEffort(settings, 'neck-side-bend', 'too-much')).toBe(settings);
    expect(applyEffort(settings, 'nope', 'too-much')).toBe(settings);
  });

  it('plans the next break at the new level', () => {
    const base = onlyOffering('ball-shoulder-blade-wall');
    const easier = applyEffort(base, 'ball-shoulder-blade-wall', 'too-much');
    const harder = applyEffort(base, 'ball-shoulder-blade-wall', 'too-little');
    const plan = (s: Settings) => planRoutine(request(s, { budgetSeconds: 120 }))[0]?.holdSeconds;
    expect(plan(base)).toEqual([45, 45]);
    expect(plan(easier)).toEqual([30, 30]);
    expect(plan(harder)).toEqual([60, 60]);
  });

  it('reads a stored level out of range as its nearest bound, never past the evidence', () => {
    const settings = onlyOffering('calf-raise', (s) => {
      s.exercises.levels = { 'calf-raise': 5 };
    });
    const [plan] = planRoutine(request(settings, { budgetSeconds: 300 }));
    expect(plan?.holdSeconds).toEqual([DOSE_RANGES.strength.maxSeconds]);
  });
});

describe('the movement break with the walk switched off', () => {
  it('uses seated alternatives over a week, rotating them, and never the walk', () => {
    const settings = getDefaultSettings();
    settings.exercises.disabled = ['walk'];
    const recent: { exerciseId: string; at: number }[] = [];
    const chosen: string[] = [];
    for (let hour = 0; hour < 8; hour += 1) {
      const at = monday9 + hour * 3_600_000;
      const plans = planRoutine(
        request(settings, { kind: 'movement', budgetSeconds: 240, recent: [...recent], now: at }),
      );
      const move = plans.find((p) => findExercise(p.exerciseId)?.kind === 'movement');
      if (!move) throw new Error('no movement planned');
      chosen.push(move.exerciseId);
      expect(move.holdSeconds[0]).toBeGreaterThanOrEqual(DOSE_RANGES.movement.minSeconds);
      for (const p of plans) recent.push({ exerciseId: p.exerciseId, at });
    }
    expect(chosen).not.toContain('walk');
    expect(new Set(chosen)).toEqual(new Set(['seated-marching', 'arm-cycling']));
  });

  it('walks by default, and plans no movement at all when every movement is switched off', () => {
    const plans = planRoutine(
      request(getDefaultSettings(), { kind: 'movement', budgetSeconds: 240 }),
    );
    expect(plans.at(-1)?.exerciseId).toBe('walk');
    const none = getDefaultSettings();
    none.exercises.disabled = ['walk', 'seated-marching', 'arm-cycling'];
    const still = planRoutine(request(none, { kind: 'movement', budgetSeconds: 240 }));
    expect(still.some((p) => findExercise(p.exerciseId)?.kind === 'movement')).toBe(false);
    expect(still.length).toBeGreaterThan(0);
  });
});
