import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getProgrammeItem, planProgramme } from '../../../src/core/programme';
import { planRoutine, type RoutineRequest } from '../../../src/core/routine';
import { getSafetyExclusion } from '../../../src/core/safety-rules';
import { EXERCISES } from '../../../src/shared/exercises';
import { message } from '../../../src/shared/i18n/message';
import {
  parseProgrammeFile,
  PROGRAMME_FILE_FORMAT,
  PROGRAMME_FILE_VERSION,
} from '../../../src/shared/programme/file-format';
import { describeSettingsIssue } from '../../../src/shared/settings/issue-text';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import { settingsSchema, type Settings } from '../../../src/shared/settings/schema';
import { OPERATION_SITE_IDS } from '../../../src/shared/safety';
import { getAnsweredSettings } from './safety-fixtures';

const monday9 = Date.UTC(2026, 10, 23, 8, 0);

const ownChinTuck: OwnExercise = {
  id: 'own-chintuck1',
  name: 'Physio chin tucks',
  steps: ['Sit tall', 'Slide your chin back', 'Hold, then relax'],
  sides: 'one',
  kind: 'strength',
  area: 'neck',
  equipment: [],
  dose: { type: 'repetitions', count: 10 },
  picture: null,
};

function withProgramme(ids: string[], base: Settings = getAnsweredSettings()): Settings {
  return { ...base, programme: { mode: 'fixed', exerciseIds: ids, own: [ownChinTuck] } };
}

function request(settings: Settings, overrides: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    kind: 'posture',
    budgetSeconds: 60,
    settings,
    recent: [],
    now: monday9,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

describe('a fixed programme', () => {
  it('plans exactly the programme, in its order, catalogue and own exercises alike', () => {
    const ids = ['seated-cat-cow', ownChinTuck.id, 'neck-side-bend'];
    const plans = planRoutine(request(withProgramme(ids)));
    expect(plans.map((p) => p.exerciseId)).toEqual(ids);
    // Own repetitions become a slow timed set: 10 × 4 s.
    expect(plans[1]?.holdSeconds).toEqual([40]);
    // The budget of a 60 s posture break does not shorten the programme.
    expect(plans[2]?.holdSeconds).toHaveLength(2);
  });

  it('leaves out what the safety answers rule out, and says why', () => {
    const settings = withProgramme(['ball-shoulder-blade-wall', 'seated-cat-cow']);
    const noPressure = { ...settings, safety: { ...settings.safety, pressureAllowed: false } };
    const plan = planProgramme(request(noPressure));
    expect(plan.plans.map((p) => p.exerciseId)).toEqual(['seated-cat-cow']);
    expect(plan.leftOut).toEqual([
      { exerciseId: 'ball-shoulder-blade-wall', name: expect.any(String), reason: 'pressure' },
    ]);
  });

  it('leaves out an own exercise that loads the site of an operation', () => {
    const settings = withProgramme([ownChinTuck.id, 'walk']);
    const operated = {
      ...settings,
      safety: { ...settings.safety, operationSites: ['neck' as const] },
    };
    const plan = planProgramme(request(operated));
    expect(plan.leftOut.map((l) => [l.exerciseId, l.reason])).toEqual([
      [ownChinTuck.id, 'operationSite'],
    ]);
  });

  it('keeps to the equipment and the pressure limits of the day', () => {
    const settings = withProgramme(['band-row', 'ball-glute-wall', 'seated-cat-cow']);
    const done = [
      { exerciseId: 'ball-shoulder-blade-wall', at: monday9 - 3_600_000 },
      { exerciseId: 'ball-upper-trapezius-wall', at: monday9 - 1_800_000 },
    ];
    const plan = planProgramme(request(settings, { recent: done }));
    expect(plan.plans.map((p) => p.exerciseId)).toEqual(['seated-cat-cow']);
    expect(plan.leftOut.map((l) => l.reason)).toEqual(['equipment', 'pressureToday']);
  });

  it('falls back to rotation when nothing of the programme is allowed today', () => {
    const settings = withProgramme(['band-row', 'band-lateral-raise']);
    const plans = planRoutine(request(settings));
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.some((p) => p.exerciseId.startsWith('band-'))).toBe(false);
  });

  it('names an exercise that no longer exists instead of failing', () => {
    const settings = withProgramme(['seated-cat-cow', 'own-deleted01']);
    expect(planProgramme(request(settings)).leftOut).toEqual([
      { exerciseId: 'own-deleted01', name: 'own-deleted01', reason: 'missing' },
    ]);
  });
});

const allIds = [...EXERCISES.map((e) => e.id), ownChinTuck.id];

describe('the fixed programme, for any programme and any safety answers', () => {
  it('plans a subset of the programme and never a ruled-out exercise', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...allIds), { minLength: 2, maxLength: 4 }),
        fc.boolean(),
        fc.subarray([...OPERATION_SITE_IDS]),
        fc.boolean(),
        fc.boolean(),
        (ids, pressureAllowed, operationSites, band, ball) => {
          const base = withProgramme(ids);
          const settings: Settings = {
            ...base,
            equipment: { ...base.equipment, band, ball },
            safety: { ...base.safety, pressureAllowed, operationSites },
          };
          const plans = planRoutine(request(settings));
          const planned = plans.map((p) => p.exerciseId);
          const fromProgramme = planned.every((id) => ids.includes(id));
          for (const id of planned) {
            const item = getProgrammeItem(settings, id);
            expect(item).toBeDefined();
            if (item) expect(getSafetyExclusion(item, settings.safety, monday9)).toBeNull();
          }
          // Either exactly the allowed part of the programme, or (none allowed) rotation.
          const { plans: fixed } = planProgramme(request(settings));
          if (fixed.length > 0) expect(fromProgramme).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('programme settings', () => {
  it('default to rotation with no own exercises, and old files get them by repair', () => {
    expect(settingsSchema.parse({}).programme).toEqual({
      mode: 'rotation',
      exerciseIds: [],
      own: [],
    });
  });

  it('reject a fixed programme of fewer than two exercises on the mode', () => {
    const result = settingsSchema.safeParse({
      programme: { mode: 'fixed', exerciseIds: ['walk'] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['programme', 'mode']);
  });

  it('take a fixed programme of four exercises and refuse a fifth, on the list, saying the limit', () => {
    const five = EXERCISES.slice(0, 5).map((e) => e.id);
    const four = five.slice(0, 4);
    const kept = settingsSchema.safeParse({ programme: { mode: 'fixed', exerciseIds: four } });
    expect(kept.data?.programme.exerciseIds).toEqual(four);
    const result = settingsSchema.safeParse({ programme: { mode: 'fixed', exerciseIds: five } });
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['programme', 'exerciseIds']);
    expect(issue && describeSettingsIssue(issue)).toEqual(
      message('settings.error.programmeLength', { max: 4 }),
    );
  });

  it('refuse a programme file of five exercises, naming the field', () => {
    const file = (exerciseIds: string[]) =>
      JSON.stringify({
        format: PROGRAMME_FILE_FORMAT,
        version: PROGRAMME_FILE_VERSION,
        programme: { mode: 'fixed', exerciseIds },
        ownExercises: [],
      });
    const five = EXERCISES.slice(0, 5).map((e) => e.id);
    expect(parseProgrammeFile(file(five.slice(0, 4))).ok).toBe(true);
    const read = parseProgrammeFile(file(five));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.values).toMatchObject({ field: 'programme.exerciseIds' });
  });

  it('reject a programme naming an unknown exercise, or one twice', () => {
    const unknown = { mode: 'rotation', exerciseIds: ['no-such'] };
    const twice = { mode: 'fixed', exerciseIds: ['walk', 'walk'] };
    expect(settingsSchema.safeParse({ programme: unknown }).success).toBe(false);
    expect(settingsSchema.safeParse({ programme: twice }).success).toBe(false);
  });
});
