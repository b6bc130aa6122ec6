import type { Expected } from './expected';
import { EXPECTED_DAYS } from './expected-days';

const officeDay = EXPECTED_DAYS['normal-office-day'];

/**
 * The normal office day replayed with three sets of safety answers: the breaks fall at
 * the same times; what they plan is asserted in safety-traces.test.ts.
 */
export const EXPECTED_SAFETY: Record<string, Expected> = {
  'fresh-install-first-day': {
    why: 'A fresh install, the safety questions unanswered: the same breaks, none with pressure.',
    events: officeDay?.events ?? [],
    summary: officeDay?.summary ?? {},
  },
  'answered-no-first-day': {
    why: '"No" to every safety question: pressure exercises are planned, at most twice a day.',
    events: officeDay?.events ?? [],
    summary: officeDay?.summary ?? {},
  },
  'after-hip-operation': {
    why: 'A recent hip operation: no pressure, and no exercise that loads the hip.',
    events: officeDay?.events ?? [],
    summary: officeDay?.summary ?? {},
  },
};
