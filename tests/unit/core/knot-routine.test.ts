import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { favourKnotSpots, getKnotWeights, type KnotMarks } from '../../../src/core/knot-weighting';
import { countPressureToday, getAllowedExercises, planRoutine } from '../../../src/core/routine';
import { isSafeFor } from '../../../src/core/safety-rules';
import {
  findExercise,
  PRESSURE_PER_DAY,
  PRESSURE_SESSION_MAX_SECONDS,
} from '../../../src/shared/exercises';
import { findKnotSpot } from '../../../src/shared/knot-spots';
import { KNOT_SPOT_IDS, type Tenderness } from '../../../src/shared/knots';
import { CONTRAINDICATION_IDS, OPERATION_SITE_IDS } from '../../../src/shared/safety';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { getAnsweredSettings } from './safety-fixtures';

const monday9 = Date.UTC(2026, 10, 23, 8, 0);

function plan(
  settings: Settings,
  knotMarks: KnotMarks,
  recent: { exerciseId: string; at: number }[] = [],
) {
  return planRoutine({
    kind: 'posture',
    budgetSeconds: 180,
    settings,
    recent,
    now: monday9,
    timeZone: 'Europe/Berlin',
    knotMarks,
  }).map((planned) => planned.exerciseId);
}

describe('knot weighting', () => {
  it('weighs each exercise by the most tender spot it works', () => {
    const weights = getKnotWeights({ upperTrapezius: 1, levatorScapulae: 2, chest: 0 });
    expect(weights.get('ball-upper-trapezius-wall')).toBe(1);
    // neck-side-bend works both spots: the more tender one counts.
    expect(weights.get('neck-side-bend')).toBe(2);
    expect(weights.get('levator-scapulae-stretch')).toBe(2);
    expect(weights.has('doorway-chest-stretch')).toBe(false);
  });

  it('only reorders: the same items, very tender first, rotation order kept otherwise', () => {
    const items = [
      'walk',
      'doorway-chest-stretch',
      'wrist-flexor-stretch',
      'seated-figure-four',
    ].map((id) => ({ id }));
    const ordered = favourKnotSpots(items, { glutes: 2, forearm: 1 });
    expect(ordered.map((item) => item.id)).toEqual([
      'seated-figure-four',
      'wrist-flexor-stretch',
      'walk',
      'doorway-chest-stretch',
    ]);
    expect(favourKnotSpots(items, {})).toEqual(items);
  });
});

describe('the routine favours marked spots', () => {
  it('puts an exercise for a very tender spot into the next break', () => {
    const settings = getAnsweredSettings();
    const without = plan(settings, {});
    const spot = findKnotSpot('forearm');
    expect(without.some((id) => spot.exerciseIds.includes(id))).toBe(false);
    const withMarks = plan(settings, { forearm: 2 });
    expect(spot.exerciseIds).toContain(withMarks[0]);
  });

  it('with pressure ruled out, favours a stretch or strength exercise for the spot instead', () => {
    // Nothing answered yet: pressure stays off (fail closed).
    const settings = getDefaultSettings();
    const chosen = plan(settings, { betweenShoulderBlades: 2 });
    const first = findExercise(chosen[0] ?? '');
    expect(findKnotSpot('betweenShoulderBlades').exerciseIds).toContain(first?.id);
    expect(first?.kind).not.toBe('pressure');
  });

  it('never picks what the safety rules, equipment or pressure limits leave out', () => {
    const answer = fc.option(fc.boolean(), { nil: undefined });
    const arbitrarySettings = fc
      .record({
        answers: fc.tuple(...CONTRAINDICATION_IDS.map(() => answer)),
        answered: fc.boolean(),
        pressureAllowed: fc.boolean(),
        protective: fc.boolean(),
        sites: fc.subarray([...OPERATION_SITE_IDS]),
        ball: fc.boolean(),
        band: fc.boolean(),
        wall: fc.boolean(),
      })
      .map((drawn): Settings => {
        const settings = getDefaultSettings();
        settings.safety.answers = Object.fromEntries(
          CONTRAINDICATION_IDS.flatMap((id, index) => {
            const value = drawn.answers[index];
            return value === undefined ? [] : [[id, value]];
          }),
        );
        settings.safety.answeredAt = drawn.answered ? monday9 - 1000 : null;
        settings.safety.pressureAllowed = drawn.pressureAllowed;
        settings.safety.operationSites = drawn.sites;
        settings.safety.protective = drawn.protective
          ? { since: monday9 - 1000, until: monday9 + 1000, signs: ['numbness'] }
          : null;
        settings.equipment.ball = drawn.ball;
        settings.equipment.band = drawn.band;
        settings.equipment.wall = drawn.wall;
        return settings;
      });
    const marks = fc.dictionary(
      fc.constantFrom(...KNOT_SPOT_IDS),
      fc.constantFrom<Tenderness>(0, 1, 2),
    ) as fc.Arbitrary<KnotMarks>;
    const recentPressure = fc.array(
      fc.record({
        exerciseId: fc.constantFrom(
          'ball-glute-wall',
          'ball-upper-trapezius-wall',
          'neck-side-bend',
        ),
        at: fc.integer({ min: monday9 - 6 * 3600_000, max: monday9 - 1 }),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(arbitrarySettings, marks, recentPressure, (settings, knotMarks, recent) => {
        const request = {
          kind: 'posture' as const,
          budgetSeconds: 300,
          settings,
          recent,
          now: monday9,
          timeZone: 'Europe/Berlin',
          knotMarks,
        };
        const planned = planRoutine(request);
        const allowed = new Set(getAllowedExercises(settings, monday9).map((e) => e.id));
        let pressureCount = 0;
        let pressureSeconds = 0;
        for (const item of planned) {
          const exercise = findExercise(item.exerciseId);
          if (!exercise) throw new Error(`unknown ${item.exerciseId}`);
          expect(allowed.has(exercise.id)).toBe(true);
          expect(isSafeFor(exercise, settings.safety, monday9)).toBe(true);
          if (exercise.kind === 'pressure') {
            pressureCount += 1;
            pressureSeconds += item.holdSeconds.reduce((sum, s) => sum + s, 0);
          }
        }
        // Never past the daily cap, however tender the spots.
        expect(pressureCount).toBeLessThanOrEqual(
          Math.max(0, PRESSURE_PER_DAY - countPressureToday(request)),
        );
        expect(pressureSeconds).toBeLessThanOrEqual(PRESSURE_SESSION_MAX_SECONDS);
      }),
      { numRuns: 300 },
    );
  });
});
