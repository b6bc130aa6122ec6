import type { Expected } from './expected';

/** What the person does with a break: strict mode, snoozes, ignoring it, leaving, pausing. */
export const EXPECTED_CHOICES: Record<string, Expected> = {
  'ignored-break': {
    why: 'The window is ignored while typing goes on: missed 10 minutes after it took focus.',
    events: [
      '14:29:00+01:00 notice posture',
      '14:30:00+01:00 breakOpen posture',
      '14:40:30+01:00 breakEnd posture missed',
    ],
    summary: { sittingMinutes: 45, longestBoutMinutes: 45, prompts: 1, outcomes: { missed: 1 } },
  },
  'pause-and-resume': {
    why: 'Paused for an hour, then until resumed: no prompts, and the bout starts again from the resume.',
    events: [
      '11:19:01+01:00 notice posture',
      '11:20:01+01:00 breakOpen posture',
      '11:21:31+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 54, longestBoutMinutes: 31, prompts: 1, outcomes: { completed: 1 } },
  },
  'snooze-until-limit': {
    why: 'Two snoozes of 5 minutes, then no snooze is left and the person does the break.',
    events: [
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:30:33+01:00 breakEnd posture snoozed',
      '09:34:33+01:00 notice posture',
      '09:35:33+01:00 breakOpen posture',
      '09:36:06+01:00 breakEnd posture snoozed',
      '09:40:06+01:00 notice posture',
      '09:41:06+01:00 breakOpen posture',
      '09:42:36+01:00 breakEnd posture completed',
    ],
    summary: {
      sittingMinutes: 49,
      longestBoutMinutes: 42,
      prompts: 3,
      outcomes: { snoozed: 2, completed: 1 },
    },
  },
  'strict-mode-day': {
    why: 'Strict mode: a window that still sends Skip has it logged as skipped (the log tells what happened); a break started by hand too.',
    events: [
      '09:29:00+01:00 notice posture',
      '09:30:00+01:00 breakOpen posture',
      '09:30:33+01:00 breakEnd posture skipped',
      '09:59:00+01:00 notice movement',
      '10:00:00+01:00 breakOpen movement',
      '10:00:33+01:00 breakEnd movement skipped',
      '10:29:33+01:00 notice posture',
      '10:30:33+01:00 breakOpen posture',
      '10:31:06+01:00 breakEnd posture skipped',
      '10:35:00+01:00 breakOpen movement',
      '10:35:03+01:00 breakEnd movement skipped',
      '11:04:03+01:00 notice posture',
      '11:05:03+01:00 breakOpen posture',
      '11:05:36+01:00 breakEnd posture skipped',
    ],
    summary: { sittingMinutes: 130, longestBoutMinutes: 130, prompts: 5, outcomes: { skipped: 5 } },
  },
  'walk-away-after-notice': {
    why: 'Left 40 s after the notice: the break that opened meanwhile ends as natural 3 minutes after the last input.',
    events: [
      '14:29:00+01:00 notice posture',
      '14:30:00+01:00 breakOpen posture',
      '14:32:20+01:00 breakEnd posture natural',
      '14:32:20+01:00 naturalBreak posture',
      '14:34:20+01:00 naturalBreak movement',
    ],
    summary: { sittingMinutes: 34, longestBoutMinutes: 29, prompts: 1, outcomes: { natural: 1 } },
  },
};
