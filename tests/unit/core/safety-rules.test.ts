import { describe, expect, it } from 'vitest';
import {
  endProtectiveMode,
  getCheckInSigns,
  getProtectiveStatus,
  PROTECTIVE_DAYS,
  startProtectiveMode,
} from '../../../src/core/protective-mode';
import { getAllowedExercises, planRoutine } from '../../../src/core/routine';
import { applySafetyAnswers, setOperationSites } from '../../../src/core/safety-check';
import {
  getLoadedSites,
  getRuledOutBy,
  getSafetyExclusion,
  isSafeFor,
} from '../../../src/core/safety-rules';
import { EXERCISES, findExercise, type Exercise } from '../../../src/shared/exercises';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { ALL_NO, getAnsweredSettings } from './safety-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 8, 0);
const kinds = (settings: Settings, now = NOW) =>
  new Set(getAllowedExercises(settings, now).map((exercise) => exercise.kind));
const ids = (settings: Settings, now = NOW) =>
  getAllowedExercises(settings, now).map((exercise) => exercise.id);

/** A day of breaks every 30 minutes, each remembering what the earlier ones planned. */
function planDay(settings: Settings) {
  const recent: { exerciseId: string; at: number }[] = [];
  const kindsPlanned: string[] = [];
  for (let slot = 1; slot <= 16; slot += 1) {
    const at = NOW + slot * 30 * 60_000;
    const movement = slot % 2 === 0;
    const plans = planRoutine({
      kind: movement ? 'movement' : 'posture',
      budgetSeconds: movement ? 240 : 90,
      settings,
      recent: [...recent],
      now: at,
      timeZone: 'Europe/Berlin',
    });
    for (const plan of plans) {
      recent.push({ exerciseId: plan.exerciseId, at });
      kindsPlanned.push(findExercise(plan.exerciseId)?.kind ?? '?');
    }
  }
  return kindsPlanned;
}

describe('fail closed', () => {
  it('a fresh install plans no pressure exercise all day, but stretches and movement', () => {
    const planned = planDay(getDefaultSettings());
    expect(planned).not.toContain('pressure');
    expect(planned).toContain('stretch');
    expect(planned).toContain('movement');
    expect(planDay(getAnsweredSettings())).toContain('pressure');
  });

  it('a half-answered check, or a hand-edited "allowed" without answers, stays closed', () => {
    const half = applySafetyAnswers(getDefaultSettings(), { pregnancy: false }, NOW);
    expect(kinds(half).has('pressure')).toBe(false);
    const edited = getDefaultSettings();
    edited.safety.pressureAllowed = true;
    expect(kinds(edited).has('pressure')).toBe(false);
  });
});

describe('per-exercise rules', () => {
  const pressure = EXERCISES.filter((exercise) => exercise.kind === 'pressure');

  it.each(SAFETY_QUESTIONS.map((q) => q.id))(
    'a "yes" to %s rules out every pressure exercise and keeps the others',
    (id) => {
      const settings = applySafetyAnswers(getDefaultSettings(), { ...ALL_NO, [id]: true }, NOW);
      for (const exercise of pressure) {
        expect(getRuledOutBy(exercise)).toContain(id);
        expect(getSafetyExclusion(exercise, settings.safety, NOW)).toBe('pressure');
      }
      // Strength work has no pressure on a knot: these answers leave it on.
      expect(kinds(settings)).toEqual(new Set(['stretch', 'strength', 'movement']));
    },
  );

  it('after a hip operation the figure-four, lunges and glute ball stay out until turned back on', () => {
    const settings = applySafetyAnswers(
      getDefaultSettings(),
      { ...ALL_NO, recentInjury: true },
      NOW,
      ['hip'],
    );
    const offered = ids(settings);
    for (const id of [
      'seated-figure-four',
      'standing-hip-flexor-lunge',
      'half-kneeling-hip-flexor',
    ])
      expect(offered).not.toContain(id);
    expect(offered).toContain('doorway-chest-stretch');
    expect(offered).toContain('walk');
    const back = setOperationSites(settings, []);
    expect(ids(back)).toContain('seated-figure-four');
    const cleared = applySafetyAnswers(settings, { recentInjury: false }, NOW);
    expect(cleared.safety.operationSites).toEqual([]);
  });

  it('honours an exercise’s own extra conditions and sites, and fails closed on unknown areas', () => {
    const base = findExercise('doorway-chest-stretch') as Exercise;
    const answered = getAnsweredSettings().safety;
    const extra: Exercise = { ...base, ruledOutBy: ['pregnancy'] };
    expect(isSafeFor(extra, answered, NOW)).toBe(true);
    const pregnant = applySafetyAnswers(getDefaultSettings(), { ...ALL_NO, pregnancy: true }, NOW);
    expect(getSafetyExclusion(extra, pregnant.safety, NOW)).toBe('condition');
    // Unanswered counts as "yes" for a condition that rules an exercise out.
    expect(isSafeFor(extra, getDefaultSettings().safety, NOW)).toBe(false);
    const knee: Exercise = { ...base, loadsSites: ['knee'] };
    const afterKnee = { ...answered, operationSites: ['knee' as const] };
    expect(getSafetyExclusion(knee, afterKnee, NOW)).toBe('operationSite');
    expect(isSafeFor(base, afterKnee, NOW)).toBe(true);
    const unknown = { ...base, area: 'wrists' } as unknown as Exercise;
    expect(getLoadedSites(unknown)).toContain('knee');
  });
});

describe('protective mode', () => {
  const answered = getAnsweredSettings();

  it('a red flag allows gentle movement only, for 14 days', () => {
    const on = startProtectiveMode(answered, ['numbness'], NOW);
    expect(kinds(on)).toEqual(new Set(['movement']));
    expect(kinds(on, NOW + (PROTECTIVE_DAYS - 1) * DAY)).toEqual(new Set(['movement']));
    expect(kinds(on, NOW + PROTECTIVE_DAYS * DAY).has('pressure')).toBe(true);
    // A caller that cannot say what time it is keeps it on.
    expect(new Set(getAllowedExercises(on).map((e) => e.kind))).toEqual(new Set(['movement']));
    expect(getProtectiveStatus(on, NOW)).toMatchObject({
      signs: ['numbness'],
      message: { id: 'common.protective.rule', values: { days: PROTECTIVE_DAYS } },
    });
    expect(getProtectiveStatus(on, NOW + PROTECTIVE_DAYS * DAY)).toBeNull();
  });

  it('ends early only when the person says a professional has seen it', () => {
    const on = startProtectiveMode(answered, ['trauma'], NOW);
    const off = endProtectiveMode(on);
    expect(off.safety.protective).toBeNull();
    expect(kinds(off).has('pressure')).toBe(true);
  });

  it('a second report extends it and keeps both signs; no sign starts nothing', () => {
    const first = startProtectiveMode(answered, ['trauma'], NOW);
    const second = startProtectiveMode(first, ['fever'], NOW + 10 * DAY);
    expect(second.safety.protective).toEqual({
      since: NOW,
      until: NOW + 24 * DAY,
      signs: ['trauma', 'fever'],
    });
    expect(startProtectiveMode(answered, [], NOW)).toBe(answered);
  });

  it('the check-in’s signs start it, an emergency too, but "no improvement" does not', () => {
    expect(getCheckInSigns({ redFlags: ['noImprovement'], emergency: false })).toEqual([]);
    expect(getCheckInSigns({ redFlags: ['calfClot'], emergency: true })).toEqual([
      'calfClot',
      'emergencyNow',
    ]);
  });
});
