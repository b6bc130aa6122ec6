import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_AREAS, DOSE_RANGES, EXERCISES, findExercise } from '../../../src/shared/exercises';

const ASSETS = resolve('assets/exercises');

describe('the exercise catalogue', () => {
  it('holds at least 12 exercises with unique ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    expect(findExercise('doorway-chest-stretch')?.area).toBe('chest');
    expect(findExercise('nope')).toBeUndefined();
  });

  it('covers every area the issue lists, and at least two exercises need nothing', () => {
    const ids = EXERCISES.map((e) => e.id);
    for (const id of [
      'ball-shoulder-blade-wall',
      'ball-inner-shoulder-blade',
      'ball-upper-trapezius-wall',
      'hand-pressure-upper-trapezius',
      'doorway-chest-stretch',
      'chair-thoracic-extension',
      'neck-side-bend',
      'standing-hip-flexor-lunge',
      'half-kneeling-hip-flexor',
      'seated-figure-four',
      'ball-glute-wall',
      'standing-hamstring-stretch',
      'walk',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(EXERCISES.map((e) => e.area))).toEqual(new Set(BODY_AREAS));
    const noEquipment = EXERCISES.filter((e) => e.equipment.every((item) => item === 'none'));
    expect(noEquipment.filter((e) => e.kind !== 'movement').length).toBeGreaterThanOrEqual(2);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))(
    '%s: dose within the evidence range for its kind',
    (_id, exercise) => {
      const range = DOSE_RANGES[exercise.kind];
      expect(exercise.holdSeconds).toBeGreaterThanOrEqual(range.minSeconds);
      expect(exercise.holdSeconds).toBeLessThanOrEqual(range.maxSeconds);
      if (exercise.kind === 'stretch') expect(exercise.holdSeconds).toBe(30);
    },
  );

  it('uses the ranges EVIDENCE.md gives: pressure 30–60 s, stretch up to 60 s, walk 3–5 min', () => {
    expect(DOSE_RANGES.pressure).toMatchObject({ minSeconds: 30, maxSeconds: 60 });
    expect(DOSE_RANGES.stretch.minSeconds).toBeGreaterThanOrEqual(10);
    expect(DOSE_RANGES.stretch.maxSeconds).toBeLessThanOrEqual(60);
    expect(DOSE_RANGES.movement).toMatchObject({ minSeconds: 180, maxSeconds: 300 });
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))(
    '%s: steps, feel, cautions and a sourced why',
    (_id, exercise) => {
      expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
      expect(exercise.steps.length).toBeLessThanOrEqual(6);
      expect(exercise.equipment.length).toBeGreaterThan(0);
      expect(exercise.stopIf.length).toBeGreaterThan(0);
      expect(exercise.stopIf.join(' ')).toMatch(/dizziness/i);
      if (exercise.kind !== 'movement') {
        expect(exercise.stopIf.join(' ')).toMatch(/numbness|tingling/i);
        expect(exercise.stopIf.join(' ')).toMatch(/sharp or shooting/i);
      }
      if (exercise.kind === 'pressure') {
        expect(exercise.feel).toMatch(/5–7 out of 10/);
        expect(exercise.feel).toMatch(/wince/);
      }
      // One line that names a source with its year, and admits weak evidence.
      expect(exercise.why).not.toMatch(/\n/);
      expect(exercise.why).toMatch(/(19|20)\d\d/);
      expect(exercise.sources.some((s) => s.year !== undefined)).toBe(true);
      if (exercise.evidence === 'weak') expect(exercise.why).toMatch(/weak/i);
      for (const source of exercise.sources) {
        if (source.year !== undefined) expect(exercise.why).toContain(String(source.year));
        if (source.url) expect(exercise.why).toContain(source.url.replace(/^https?:\/\//, ''));
      }
    },
  );

  it('never tells anyone to press on the neck, the spine or the lower back', () => {
    for (const exercise of EXERCISES.filter((e) => e.kind === 'pressure')) {
      const text = [...exercise.steps, ...exercise.stopIf].join(' ');
      if (/trapezius|shoulder$/i.test(exercise.id) || exercise.area === 'shoulders') {
        expect(text).toMatch(/never (press )?the front or sides? of the neck/i);
      }
      if (exercise.area === 'upper-back') expect(text).toMatch(/spine/);
      if (exercise.area === 'glutes') expect(text).toMatch(/lower back|spine/);
    }
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))(
    '%s: has its line drawing, with a title, in the shared style',
    (_id, exercise) => {
      const file = resolve(ASSETS, exercise.illustration);
      expect(existsSync(file)).toBe(true);
      const svg = readFileSync(file, 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 240 200"/);
      expect(svg).toContain(`<title id="title">${exercise.illustrationAlt}</title>`);
      expect(svg).toContain('stroke="#1f2a27" stroke-width="5"');
      expect(svg).not.toMatch(/<script|href="http/i);
      expect(exercise.illustrationAlt.length).toBeGreaterThan(20);
    },
  );
});
