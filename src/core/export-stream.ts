import type { AdherenceEvent, DayFigures } from '../shared/domain';
import { CSV_HEADER, getCsvLine, localTime } from './export';

/**
 * The exports as a stream of pieces, month by month, so the app never holds the whole
 * history or the whole text: it writes the pieces in short slices. The text is exactly
 * what `getHistoryCsv` / `getHistoryJson` make of the same history in one go.
 */

/** One month as the log store reads it: its prompts oldest first, and its day figures. */
export interface ExportMonth {
  events: readonly AdherenceEvent[];
  days: Record<string, DayFigures>;
}

/**
 * The events of all months in time order, each month read only when needed. Months are
 * nearly in order already; after a change of time zone the first hours of one month's
 * file can be older than the last of the month before, so a month's events wait until
 * the next month shows none older can follow (a stable merge: ties keep file order).
 */
export function* getEventsInOrder(months: Iterable<ExportMonth>): Generator<AdherenceEvent> {
  let waiting: AdherenceEvent[] = [];
  for (const month of months) {
    if (month.events.length === 0) continue;
    const merged = [...waiting, ...month.events].sort((a, b) => a.at - b.at);
    const oldestNew = Math.min(...month.events.map((event) => event.at));
    const ready = merged.findIndex((event) => event.at >= oldestNew);
    const cut = ready === -1 ? merged.length : ready;
    yield* merged.slice(0, cut);
    waiting = merged.slice(cut);
  }
  yield* waiting;
}

/** The CSV export: its header, then one line per prompt. */
export function* getCsvPieces(months: Iterable<ExportMonth>, timeZone: string): Generator<string> {
  yield CSV_HEADER;
  for (const event of getEventsInOrder(months)) yield getCsvLine(event, timeZone);
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The JSON export, piece by piece: the events first (oldest first), then the day
 * figures, which are small and kept until the end.
 */
export function* getJsonPieces(
  months: Iterable<ExportMonth>,
  exportedAt: number,
  timeZone: string,
): Generator<string> {
  const head = {
    format: 'unknot-history',
    version: 1,
    exportedAt: localTime(exportedAt, timeZone),
    timeZone,
  };
  yield `${nested(head, 0).slice(0, -2)},\n  "events": [`;
  const days: Record<string, DayFigures> = {};
  const keepDays = function* (): Generator<ExportMonth> {
    for (const month of months) {
      Object.assign(days, month.days);
      yield month;
    }
  };
  let count = 0;
  for (const event of getEventsInOrder(keepDays())) {
    yield `${count === 0 ? '' : ','}\n    ${nested(event, 2)}`;
    count += 1;
  }
  yield count === 0 ? '],\n  "days": ' : '\n  ],\n  "days": ';
  yield `${nested(days, 1)}\n}\n`;
}
