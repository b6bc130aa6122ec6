import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { AdherenceEvent, DayFigures } from '../shared/domain';
import { getCareSeconds } from './adherence';

/** The CSV's header, in column order. */
export const CSV_COLUMNS = [
  'id',
  'time',
  'kind',
  'outcome',
  'bout_seconds',
  'care_seconds',
  'exercises',
] as const;

/** The whole history as one document: what the JSON export writes. */
export interface HistoryExport {
  format: 'unknot-history';
  version: 1;
  exportedAt: string;
  timeZone: string;
  events: AdherenceEvent[];
  days: Record<string, DayFigures>;
}

/** "2026-11-23T09:00:00+01:00": a moment in `timeZone`, with its offset. */
export function localTime(at: number, timeZone: string): string {
  return format(at, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(timeZone) });
}

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula gets a leading
 * apostrophe, so an exported log can be opened safely.
 */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "ball-shoulder-blade-wall 45/45; doorway-chest-stretch 30/30" */
function describeExercises(event: AdherenceEvent): string {
  return event.exercises
    .map((exercise) => `${exercise.exerciseId} ${exercise.heldSeconds.join('/')}`)
    .join('; ');
}

/** The CSV's first line, with its line end. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** One prompt's CSV line (with its line end), its time local to `timeZone` with the offset. */
export function getCsvLine(event: AdherenceEvent, timeZone: string): string {
  return `${[
    cell(event.id),
    cell(localTime(event.at, timeZone)),
    cell(event.kind),
    cell(event.outcome),
    cell(event.boutSeconds),
    cell(getCareSeconds(event)),
    cell(describeExercises(event)),
  ].join(',')}\r\n`;
}

/** One row per prompt, oldest first (the whole text at once; the app streams it). */
export function getHistoryCsv(events: readonly AdherenceEvent[], timeZone: string): string {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  return CSV_HEADER + sorted.map((event) => getCsvLine(event, timeZone)).join('');
}

/** The whole history as pretty-printed JSON, events oldest first. */
export function getHistoryJson(
  events: readonly AdherenceEvent[],
  days: Record<string, DayFigures>,
  exportedAt: number,
  timeZone: string,
): string {
  const document: HistoryExport = {
    format: 'unknot-history',
    version: 1,
    exportedAt: localTime(exportedAt, timeZone),
    timeZone,
    events: [...events].sort((a, b) => a.at - b.at),
    days,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
