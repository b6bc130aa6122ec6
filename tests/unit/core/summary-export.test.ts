import { describe, expect, it } from 'vitest';
import { getHistoryCsv, getHistoryJson } from '../../../src/core/export';
import type { AdherenceEvent } from '../../../src/shared/domain';

const events: AdherenceEvent[] = [
  {
    id: 'b',
    at: Date.UTC(2026, 10, 24, 9, 30),
    kind: 'movement',
    outcome: 'skipped',
    exercises: [],
    boutSeconds: 3600,
  },
  {
    id: 'a',
    at: Date.UTC(2026, 6, 1, 7, 0),
    kind: 'posture',
    outcome: 'completed',
    exercises: [
      { exerciseId: 'ball-shoulder-blade-wall', heldSeconds: [45, 40] },
      { exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] },
    ],
    boutSeconds: 1800,
  },
];

describe('history export', () => {
  it('writes one CSV row per prompt, oldest first, with local times and care seconds', () => {
    const lines = getHistoryCsv(events, 'Europe/Berlin').split('\r\n');
    expect(lines).toEqual([
      'id,time,kind,outcome,bout_seconds,care_seconds,exercises',
      'a,2026-07-01T09:00:00+02:00,posture,completed,1800,145,ball-shoulder-blade-wall 45/40; doorway-chest-stretch 30/30',
      'b,2026-11-24T10:30:00+01:00,movement,skipped,3600,0,',
      '',
    ]);
  });

  it('quotes separators and defuses formulas in text cells', () => {
    const odd = { ...events[0], id: '=cmd,"x"' } as AdherenceEvent;
    expect(getHistoryCsv([odd], 'UTC').split('\r\n')[1]).toMatch(/^"'=cmd,""x""",/);
  });

  it('writes JSON that parses back to the same events', () => {
    const text = getHistoryJson(events, {}, Date.UTC(2026, 10, 24), 'UTC');
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'unknot-history', version: 1, timeZone: 'UTC' });
    expect(parsed.events.map((e: AdherenceEvent) => e.id)).toEqual(['a', 'b']);
    expect(parsed.events[0]).toEqual(events[1]);
  });
});
