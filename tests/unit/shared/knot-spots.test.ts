import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise } from '../../../src/shared/exercises';
import {
  FINDER_INTRO,
  FINDER_NO_PRESSURE,
  FINDER_SEE_PROFESSIONAL,
  KNOT_SOURCES,
  KNOT_SPOTS,
  PRESS_TEXT,
} from '../../../src/shared/knot-spots';
import { KNOT_SPOT_IDS, knotCheckSchema, knotEntrySchema } from '../../../src/shared/knots';

describe('knot finder catalogue', () => {
  it('walks through the seven common desk-worker spots, in order, once each', () => {
    expect(KNOT_SPOTS.map((spot) => spot.id)).toEqual([...KNOT_SPOT_IDS]);
    expect(KNOT_SPOT_IDS).toEqual([
      'upperTrapezius',
      'levatorScapulae',
      'betweenShoulderBlades',
      'chest',
      'forearm',
      'glutes',
      'hipFlexors',
    ]);
  });

  it('links each spot to real exercises, some of which need no pressure', () => {
    for (const spot of KNOT_SPOTS) {
      expect(spot.find.length, spot.id).toBeGreaterThanOrEqual(2);
      expect(spot.keepOff, spot.id).toMatch(/keep off|never|only|stay/i);
      const exercises = spot.exerciseIds.map((id) => findExercise(id));
      expect(exercises, spot.id).not.toContain(undefined);
      // Pressure may be ruled out: every spot keeps a stretch or strength exercise.
      expect(
        exercises.some((exercise) => exercise && exercise.kind !== 'pressure'),
        spot.id,
      ).toBe(true);
    }
    expect(EXERCISES.length).toBeGreaterThan(0);
  });

  it('keeps the pressure within the evidence: tolerable, at most 5–7 out of 10', () => {
    expect(PRESS_TEXT).toMatch(/tolerable/);
    expect(PRESS_TEXT).toMatch(/5–7 out of 10/);
    expect(PRESS_TEXT).toMatch(/back off if you wince/i);
    // The neck and the hollow above the collarbone stay free of pressure.
    const neckward = KNOT_SPOTS.filter((spot) => ['upperTrapezius', 'chest'].includes(spot.id));
    for (const spot of neckward) expect(spot.keepOff).toMatch(/hollow above/);
    const glutes = KNOT_SPOTS.find((spot) => spot.id === 'glutes');
    expect(glutes?.keepOff).toMatch(/sciatic/);
  });

  it('promises nothing and says when to see someone', () => {
    const text = [FINDER_INTRO, FINDER_NO_PRESSURE, FINDER_SEE_PROFESSIONAL, PRESS_TEXT]
      .concat(KNOT_SPOTS.flatMap((spot) => [spot.name, ...spot.find, spot.keepOff]))
      .join(' ');
    expect(text).not.toMatch(/\bcure|heal|fix(es)? your|guarantee/i);
    expect(FINDER_INTRO).toMatch(/not a diagnosis/);
    expect(FINDER_SEE_PROFESSIONAL).toMatch(/two weeks/);
    for (const source of Object.values(KNOT_SOURCES)) expect(source.authors).toBeTruthy();
  });

  it('accepts a check of known spots and 0–2 marks only', () => {
    expect(knotEntrySchema.safeParse({ marks: { chest: 2, forearm: 0 } }).success).toBe(true);
    expect(knotEntrySchema.safeParse({ marks: { chest: 3 } }).success).toBe(false);
    expect(knotEntrySchema.safeParse({ marks: { neckFront: 1 } }).success).toBe(false);
    expect(knotEntrySchema.safeParse({ marks: { chest: 1.5 } }).success).toBe(false);
    expect(knotCheckSchema.safeParse({ id: 'k', at: -1, marks: {} }).success).toBe(false);
  });
});
