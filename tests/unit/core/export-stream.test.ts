import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getHistoryCsv, getHistoryJson } from '../../../src/core/export';
import { getCsvPieces, getJsonPieces, type ExportMonth } from '../../../src/core/export-stream';
import type { AdherenceEvent, DayFigures } from '../../../src/shared/domain';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** Events spread over months, as month files hold them; `shiftMs` moves a few across a month's edge. */
const historyArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 70 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      // A later file's first hours can be older than the one before after a zone change.
      shiftMs: fc.constantFrom(0, 0, -13 * 3_600_000, 14 * 3_600_000),
      outcome: fc.constantFrom('completed', 'skipped', 'snoozed', 'missed' as const),
      held: fc.integer({ min: 0, max: 60 }),
    }),
    { maxLength: 200 },
  )
  .map((drafts) => {
    const byMonth = new Map<string, ExportMonth & { events: AdherenceEvent[] }>();
    drafts.forEach((draft, index) => {
      const fileAt = START + draft.day * DAY + draft.minute * 60_000;
      const month = new Date(fileAt).toISOString().slice(0, 7);
      const event: AdherenceEvent = {
        id: `e${index}`,
        at: fileAt + draft.shiftMs,
        kind: index % 4 === 0 ? 'movement' : 'posture',
        outcome: draft.outcome,
        exercises: [{ exerciseId: 'chin-tuck', heldSeconds: [draft.held, draft.held] }],
        boutSeconds: 1800,
      };
      const entry = byMonth.get(month) ?? { events: [], days: {} };
      entry.events.push(event);
      const date = new Date(fileAt).toISOString().slice(0, 10);
      const figures: DayFigures = {
        careSeconds: draft.held * 2,
        sittingSeconds: 1800,
        longestBoutSeconds: 1800,
        boutsOver60: 0,
      };
      entry.days[date] = figures;
      byMonth.set(month, entry);
    });
    // The log store reads months oldest first, each month's events oldest first.
    return [...byMonth.keys()].sort().map((key) => {
      const month = byMonth.get(key) as ExportMonth & { events: AdherenceEvent[] };
      return { ...month, events: [...month.events].sort((a, b) => a.at - b.at) };
    });
  });

const allEvents = (months: ExportMonth[]) => months.flatMap((month) => month.events);
const allDays = (months: ExportMonth[]) => Object.assign({}, ...months.map((m) => m.days));

describe('the export, month by month', () => {
  it('writes the very bytes of the one-shot CSV', () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom('UTC', 'Europe/Berlin'), (months, zone) => {
        const streamed = [...getCsvPieces(months, zone)].join('');
        expect(streamed).toBe(getHistoryCsv(allEvents(months), zone));
      }),
    );
  });

  it('writes the very bytes of the one-shot JSON', () => {
    const exportedAt = Date.UTC(2026, 10, 25, 12);
    fc.assert(
      fc.property(historyArb, (months) => {
        const streamed = [...getJsonPieces(months, exportedAt, 'Europe/Berlin')].join('');
        const whole = getHistoryJson(
          allEvents(months),
          allDays(months),
          exportedAt,
          'Europe/Berlin',
        );
        expect(streamed).toBe(whole);
      }),
    );
  });

  it('keeps time order when a later month file starts before the last month ends', () => {
    // Written in Tokyo on 1 February, 00:30 local: 31 January, 15:30 UTC, before the
    // last January break written in Berlin.
    const event = (id: string, at: number): AdherenceEvent => ({
      id,
      at,
      kind: 'posture',
      outcome: 'completed',
      exercises: [],
      boutSeconds: 600,
    });
    const months: ExportMonth[] = [
      { events: [event('jan', Date.UTC(2026, 0, 31, 20))], days: {} },
      { events: [event('feb', Date.UTC(2026, 0, 31, 15, 30))], days: {} },
    ];
    const rows = [...getCsvPieces(months, 'UTC')].slice(1).map((line) => line.split(',')[0]);
    expect(rows).toEqual(['feb', 'jan']);
  });

  it('reads a month only when the stream reaches it', () => {
    const read: string[] = [];
    function* months(): Generator<ExportMonth> {
      for (const key of ['2026-01', '2026-02']) {
        read.push(key);
        const at = Date.parse(`${key}-10T09:00:00Z`);
        yield {
          events: [
            { id: key, at, kind: 'posture', outcome: 'skipped', exercises: [], boutSeconds: 60 },
          ],
          days: {},
        };
      }
    }
    const pieces = getCsvPieces(months(), 'UTC');
    pieces.next();
    expect(read).toEqual([]);
    pieces.next();
    expect(read).toEqual(['2026-01', '2026-02']);
  });
});
