import type { Expected } from './expected';

/** Issue 15: calls, presentations, do-not-disturb, reading at the desk, a standing desk. */
export const EXPECTED_FOCUS: Record<string, Expected> = {
  'day-of-calls': {
    why: 'A 60-minute call without input is sitting, not a natural break: the break due in it waits, comes the minute the call ends and says why; one bout of about 80 minutes.',
    events: [
      '09:29:00+01:00 held posture call',
      '10:20:00+01:00 notice movement (waited call)',
      '10:21:00+01:00 breakOpen movement',
      '10:25:30+01:00 breakEnd movement completed',
      '10:54:30+01:00 held posture call',
      '11:20:00+01:00 notice posture (waited call)',
      '11:21:00+01:00 breakOpen posture',
      '11:22:30+01:00 breakEnd posture completed',
      '11:25:30+01:00 notice movement',
      '11:26:30+01:00 breakOpen movement',
      '11:31:00+01:00 breakEnd movement completed',
    ],
    summary: {
      sittingMinutes: 151,
      longestBoutMinutes: 82,
      prompts: 3,
      outcomes: { completed: 3 },
      heldBreaks: 2,
      standingMinutes: 0,
    },
  },
  presentation: {
    why: 'No break window over a 50-minute presentation; the held posture break becomes the movement break that fell due meanwhile.',
    events: [
      '13:29:00+01:00 held posture presenting',
      '14:05:00+01:00 notice movement (waited presenting)',
      '14:06:00+01:00 breakOpen movement',
      '14:10:30+01:00 breakEnd movement completed',
    ],
    summary: { sittingMinutes: 86, longestBoutMinutes: 67, prompts: 1, heldBreaks: 1 },
  },
  'dnd-all-afternoon': {
    why: 'Do-not-disturb holds the break at most 2 hours, then it comes anyway, quietly; after DND ends breaks follow the usual rhythm.',
    events: [
      '13:29:00+01:00 held posture dnd',
      '15:29:00+01:00 notice movement (waited dnd, quiet)',
      '15:30:00+01:00 breakOpen movement',
      '15:34:30+01:00 breakEnd movement completed',
      '16:03:30+01:00 notice posture',
      '16:04:30+01:00 breakOpen posture',
      '16:06:00+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 205, longestBoutMinutes: 151, prompts: 2, heldBreaks: 1 },
  },
  'reading-at-desk': {
    why: '"At my desk, not typing": 40 minutes of reading are sitting, not a natural break, and the posture break still comes.',
    events: [
      '10:29:00+01:00 notice posture',
      '10:30:00+01:00 breakOpen posture',
      '10:31:30+01:00 breakEnd posture completed',
    ],
    summary: { sittingMinutes: 59, longestBoutMinutes: 31, prompts: 1, heldBreaks: 0 },
  },
  'standing-desk-day': {
    why: 'Standing is not sitting and asks for no posture break; movement breaks still come; standing reverts after 45 minutes or an absence.',
    events: [
      '09:59:00+01:00 notice movement',
      '10:00:00+01:00 breakOpen movement',
      '10:04:30+01:00 breakEnd movement completed',
      '11:03:30+01:00 notice movement',
      '11:04:30+01:00 breakOpen movement',
      '11:09:00+01:00 breakEnd movement completed',
      '11:43:00+01:00 naturalBreak posture',
      '11:45:00+01:00 naturalBreak movement',
      // Back at 11:50: the away looks back off, so the return is seen at 11:51.
      '12:20:00+01:00 notice posture',
      '12:21:00+01:00 breakOpen posture',
      '12:22:30+01:00 breakEnd posture completed',
    ],
    summary: {
      sittingMinutes: 119,
      longestBoutMinutes: 31,
      prompts: 3,
      heldBreaks: 0,
      standingMinutes: 71,
    },
  },
};
