import type { Expected } from './expected';

/** Working hours on, with the lid closed across the end of the working day. */
export const EXPECTED_HOURS: Record<string, Expected> = {
  'overnight-suspend-working-hours': {
    why: 'Suspended at 17:25, resumed 08:30 the next day: the evening bout ends at the suspend (25 min), the night counts as a movement break, and the first break is the posture one 30 minutes into working hours, with its notice.',
    events: [
      '08:30:00+01:00 naturalBreak posture',
      '08:30:00+01:00 naturalBreak movement',
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:31:30+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 59, longestBoutMinutes: 31, prompts: 1, outcomes: { completed: 1 } },
  },
  'weekend-lid-close': {
    why: 'Lid closed Friday 17:05, opened Monday 08:50: a 25-minute Friday bout, not a weekend-long one; Monday starts fresh at 09:00 with a noticed posture break, then a noticed movement break.',
    events: [
      '08:50:00+01:00 naturalBreak posture',
      '08:50:00+01:00 naturalBreak movement',
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:31:30+01:00 breakEnd posture completed',
      '10:00:00+01:00 notice movement',
      '10:01:00+01:00 breakOpen movement',
    ],
    summary: { sittingMinutes: 89, longestBoutMinutes: 34, prompts: 1, outcomes: { completed: 1 } },
  },
};
