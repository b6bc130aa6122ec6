import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDayIndex, type DayChange } from '../../../src/core/day-index';
import { getStreak, type StreakCalendar } from '../../../src/core/streak';
import { getDayKey, type WeekdayIndex } from '../../../src/core/summary-week';
import { openLogStore } from '../../../src/main/platform/log-store';
import type { Outcome } from '../../../src/shared/domain';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const ZONE = 'Europe/Berlin';
/** 20 November 2026: August to October are finished months, indexed on disk. */
const NOW = new TZDate(2026, 10, 20, 18, 0, ZONE).getTime();
const FIRST = new TZDate(2026, 7, 1, 0, 0, ZONE).getTime();
const HOUR = 3_600_000;
const OUTCOMES: Outcome[] = ['completed', 'partial', 'skipped', 'snoozed', 'natural', 'missed'];
const calendar: StreakCalendar = { workingDays: new Set<WeekdayIndex>([1, 2, 3, 4, 5]) };
const open = (dir: string) => openLogStore(dir, { timeZone: ZONE, now: () => NOW });

type Step = { change: DayChange } | { reopen: true };

const stepArb = (id: () => string): fc.Arbitrary<Step> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({
          hour: fc.integer({ min: 0, max: 111 * 24 - 1 }),
          outcome: fc.constantFrom(...OUTCOMES),
          held: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 2 }),
          bout: fc.option(fc.integer({ min: 1, max: 7200 })),
        })
        .map(({ hour, outcome, held, bout }): Step => {
          const at = FIRST + hour * HOUR;
          const event = {
            id: id(),
            at,
            kind: 'posture' as const,
            outcome,
            exercises: held.length
              ? [{ exerciseId: 'doorway-chest-stretch', heldSeconds: held }]
              : [],
            boutSeconds: 1800,
          };
          return {
            change:
              bout === null
                ? { event }
                : { event, bout: { start: at - bout * 1000, seconds: bout } },
          };
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          hour: fc.integer({ min: 0, max: 111 * 24 - 1 }),
          seconds: fc.integer({ min: 1, max: 9000 }),
        })
        .map(({ hour, seconds }): Step => ({
          change: { bout: { start: FIRST + hour * HOUR, seconds } },
        })),
    },
    { weight: 1, arbitrary: fc.constant<Step>({ reopen: true }) },
  );

/** Every local date from FIRST to NOW. */
function allDates(): string[] {
  const dates = new Set<string>();
  for (let at = FIRST; at <= NOW; at += 6 * HOUR) dates.add(getDayKey(at, ZONE));
  return [...dates];
}

describe('day index', () => {
  it('equals a full recount after any sequence of appends, reopened or not (property)', () => {
    let serial = 0;
    const dates = allDates();
    fc.assert(
      fc.property(
        fc.array(
          stepArb(() => `e${(serial += 1)}`),
          { minLength: 1, maxLength: 25 },
        ),
        fc.constantFrom(...dates),
        (steps, lastDay) => {
          const dir = tempDir();
          let log = open(dir);
          const changes: DayChange[] = [];
          for (const step of steps) {
            if ('reopen' in step) {
              // Reading some streaks writes finished months' indexes, which later appends must update.
              log.getStreakLink(lastDay, calendar);
              log = open(dir);
            } else {
              log.record(step.change);
              changes.push(step.change);
            }
          }
          const expected = buildDayIndex(changes, ZONE);
          for (const reader of [log, open(dir)]) {
            for (const date of dates) expect(reader.getDayEntry(date)).toEqual(expected[date]);
            const care = (date: string) => expected[date]?.careSeconds ?? 0;
            const firstDay = Object.keys(expected).sort()[0] ?? lastDay;
            if (firstDay > lastDay) continue;
            const walked = getStreak({
              lastDay,
              today: getDayKey(NOW, ZONE),
              firstDay,
              timeZone: ZONE,
              workingDays: calendar.workingDays,
              getCareSeconds: care,
            });
            const linked = care(lastDay) >= 60 ? reader.getStreakLink(lastDay, calendar) : walked;
            expect(linked).toBe(walked);
          }
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('is rebuilt from the months when missing or damaged, and written again', () => {
    const dir = tempDir();
    const log = open(dir);
    for (let day = 0; day < 100; day += 1) {
      log.append({
        id: `d${day}`,
        at: FIRST + day * 24 * HOUR + 10 * HOUR,
        kind: 'posture',
        outcome: 'completed',
        exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [40, 40] }],
        boutSeconds: 1800,
      });
    }
    // A later start: the months are indexed when first read (the open one too, so the
    // next start reads its index and only the lines written after it).
    const later = open(dir);
    const expected = Object.fromEntries(allDates().map((date) => [date, later.getDayEntry(date)]));
    expect(later.getStreakLink(getDayKey(FIRST + 99.5 * 24 * HOUR, ZONE), calendar)).toBe(100);
    const history = join(dir, 'history');
    const indexes = () =>
      readdirSync(history)
        .filter((name) => name.startsWith('days-'))
        .sort();
    expect(indexes()).toEqual([
      'days-2026-08.json',
      'days-2026-09.json',
      'days-2026-10.json',
      'days-2026-11.json',
    ]);
    rmSync(join(history, 'days-2026-08.json'));
    writeFileSync(join(history, 'days-2026-09.json'), '{"version":1,"journalBytes":');
    writeFileSync(
      join(history, 'days-2026-10.json'),
      JSON.stringify({ version: 1, journalBytes: 3, days: {} }),
    );

    const reopened = open(dir);
    for (const [date, entry] of Object.entries(expected))
      expect(reopened.getDayEntry(date)).toEqual(entry);
    expect(indexes()).toHaveLength(4);
    const september = JSON.parse(readFileSync(join(history, 'days-2026-09.json'), 'utf8'));
    expect(Object.keys(september.days)).toHaveLength(30);
    expect(reopened.problems).toEqual([]);
  });
});
