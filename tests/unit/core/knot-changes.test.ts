import { describe, expect, it } from 'vitest';
import { getEasedSpots, getKnotChanges } from '../../../src/core/knot-changes';
import { getLatestMarks, getRoutineMarks } from '../../../src/core/knot-weighting';
import type { KnotCheck } from '../../../src/shared/knots';

const DAY = 86_400_000;
const check = (day: number, marks: KnotCheck['marks']): KnotCheck => ({
  id: `k${day}`,
  at: day * DAY,
  marks,
});

describe('which spots eased', () => {
  it('compares the last two checks that marked each spot', () => {
    const checks = [
      check(1, { upperTrapezius: 2, chest: 1, glutes: 1 }),
      check(8, { upperTrapezius: 2, chest: 2 }),
      // Out of order on purpose: the comparison follows the dates.
      check(15, { upperTrapezius: 1, glutes: 0 }),
    ].reverse();
    expect(getKnotChanges(checks)).toEqual([
      { spot: 'upperTrapezius', change: 'eased', from: 2, to: 1, fromAt: 8 * DAY, toAt: 15 * DAY },
      { spot: 'chest', change: 'worse', from: 1, to: 2, fromAt: 1 * DAY, toAt: 8 * DAY },
      { spot: 'glutes', change: 'eased', from: 1, to: 0, fromAt: 1 * DAY, toAt: 15 * DAY },
    ]);
    expect(getEasedSpots(getKnotChanges(checks)).map((c) => c.spot)).toEqual([
      'upperTrapezius',
      'glutes',
    ]);
  });

  it('says nothing for a spot checked once, and "same" when nothing moved', () => {
    expect(getKnotChanges([check(1, { forearm: 1 })])).toEqual([]);
    expect(getKnotChanges([check(1, { forearm: 1 }), check(2, { forearm: 1 })])[0]?.change).toBe(
      'same',
    );
    expect(getKnotChanges([])).toEqual([]);
  });

  it('keeps the latest mark of each spot, with its date, for the routine', () => {
    const checks = [check(1, { chest: 2, forearm: 1 }), check(8, { chest: 0 })];
    expect(getLatestMarks(checks)).toEqual({
      chest: { tenderness: 0, at: 8 * DAY },
      forearm: { tenderness: 1, at: 1 * DAY },
    });
    expect(getRoutineMarks(checks)).toEqual({ chest: 0, forearm: 1 });
  });
});
