/** The seeded history the summary window tests share: a log and tension check-ins in Berlin. */
import { TZDate } from '@date-fns/tz';
import { openLogStore } from '../../src/main/platform/log-store';
import { openTensionStore } from '../../src/main/platform/tension-store';
import type { AdherenceEvent, Outcome } from '../../src/shared/domain';
import type { TensionCheckIn } from '../../src/shared/tension';

export const ZONE = 'Europe/Berlin';
export const local = (m: number, d: number, h: number, min = 0) =>
  new TZDate(2026, m - 1, d, h, min, ZONE).getTime();
/** Friday 27 November 2026, 17:00 in Berlin. */
export const NOW = local(11, 27, 17);

type Seed = [
  month: number,
  day: number,
  hour: number,
  outcome: Outcome,
  held: [string, number[]][],
];
const BALL = 'ball-shoulder-blade-wall';
const DOOR = 'doorway-chest-stretch';
export const SEED: Seed[] = [
  [10, 5, 10, 'completed', [[BALL, [45, 45]]]],
  // Last week, 16–22 November: 2 of 4 taken.
  [11, 16, 10, 'completed', [[BALL, [45, 45]]]],
  [11, 17, 10, 'completed', [[DOOR, [30, 30]]]],
  [11, 18, 10, 'skipped', []],
  [11, 19, 10, 'missed', []],
  // This week, 23–29 November: 5 of 7 taken (the snooze postpones, it is not a break).
  [11, 23, 9, 'completed', [[BALL, [45, 45]]]],
  [11, 23, 11, 'partial', [[DOOR, [30]]]],
  [11, 23, 14, 'snoozed', []],
  [11, 24, 10, 'natural', []],
  [11, 24, 15, 'completed', [[DOOR, [30, 30]]]],
  [11, 25, 10, 'skipped', []],
  [11, 26, 10, 'completed', [[BALL, [45, 45]]]],
  [11, 27, 9, 'missed', []],
];

export const seeded: AdherenceEvent[] = SEED.map(([m, d, h, outcome, held], index) => ({
  id: `seed-${index}`,
  at: local(m, d, h),
  kind: 'posture',
  outcome,
  exercises: held.map(([exerciseId, heldSeconds]) => ({ exerciseId, heldSeconds })),
  boutSeconds: 1800,
}));

export function seedStore(dataDir: string): void {
  const log = openLogStore(dataDir, { timeZone: ZONE });
  seeded.forEach((event) => log.append(event));
  log.recordBout({ start: local(11, 23, 8), seconds: 65 * 60 });
  log.recordBout({ start: local(11, 23, 13), seconds: 25 * 60 });
}

/** Taken and counted breaks per date, straight from the seed list. */
export function expectedDay(month: number, day: number): [number, number] {
  const ofDay = SEED.filter(([m, d]) => m === month && d === day).map((s) => s[3]);
  const taken = ofDay.filter((o) => o === 'completed' || o === 'partial' || o === 'natural');
  return [taken.length, ofDay.filter((o) => o !== 'snoozed').length];
}

/** Completed breaks on 9–13 November, so the two weeks before the check-in count as regular care. */
export const EXTRA_CARE: AdherenceEvent[] = [9, 10, 11, 12, 13].map((day) => ({
  id: `care-${day}`,
  at: local(11, day, 10),
  kind: 'posture',
  outcome: 'completed',
  exercises: [{ exerciseId: BALL, heldSeconds: [45, 45] }],
  boutSeconds: 1800,
}));

const checkIn = (id: string, at: number, ratings: TensionCheckIn['ratings']): TensionCheckIn => ({
  id,
  at,
  ratings,
  redFlags: [],
  emergency: false,
});

/** One check-in late on the Sunday DST ended (25 Oct, after 03:00 fell back), two on 9–12 Nov. */
export const CHECK_INS: TensionCheckIn[] = [
  checkIn('t-dst', local(10, 25, 23, 30), { neck: 7, shoulders: 5 }),
  checkIn('t-mon', local(11, 9, 10), { neck: 6 }),
  checkIn('t-thu', local(11, 12, 10), { neck: 5, shoulders: 3 }),
];

/** The seed log plus the extra care, and the check-ins through the real tension store. */
export function seedTension(dataDir: string): void {
  seedStore(dataDir);
  const log = openLogStore(dataDir, { timeZone: ZONE });
  EXTRA_CARE.forEach((event) => log.append(event));
  const tension = openTensionStore(dataDir, NOW);
  CHECK_INS.forEach((entry) => tension.append(entry));
}
