import { z } from 'zod';
import { addEventToDay, getEmptyDayFigures } from './adherence';
import { getDayKey } from './summary-week';
import type { AdherenceEvent, DayFigures } from '../shared/domain';

/** The month-file layout this build writes. */
export const LOG_SCHEMA_VERSION = 2;

/** Version 2: events plus daily figures (care, sitting) keyed by local date. */
export interface MonthData {
  schemaVersion: typeof LOG_SCHEMA_VERSION;
  events: AdherenceEvent[];
  days: Record<string, DayFigures>;
}

const count = z.number().finite().nonnegative();

// Loose objects: fields a newer engine adds to an event are kept, not dropped.
export const eventSchema = z.looseObject({
  id: z.string().min(1),
  at: z.number().finite(),
  kind: z.enum(['posture', 'movement']),
  outcome: z.enum(['completed', 'partial', 'skipped', 'snoozed', 'natural', 'missed']),
  exercises: z.array(z.looseObject({ exerciseId: z.string().min(1), heldSeconds: z.array(count) })),
  boutSeconds: count,
});

export const dayFiguresSchema = z.object({
  careSeconds: count,
  sittingSeconds: count,
  longestBoutSeconds: count,
  boutsOver60: count,
});

const version1 = z.object({
  schemaVersion: z.literal(1).optional(),
  events: z.array(eventSchema),
});

const version2 = z.object({
  schemaVersion: z.literal(2),
  events: z.array(eventSchema),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), dayFiguresSchema),
});

export function getEmptyMonth(): MonthData {
  return { schemaVersion: LOG_SCHEMA_VERSION, events: [], days: {} };
}

/** v1 → v2: the daily care figures are rebuilt from the events; sitting was not kept then. */
function fromVersion1(events: AdherenceEvent[], timeZone: string): MonthData {
  const days: Record<string, DayFigures> = {};
  for (const event of events) {
    const key = getDayKey(event.at, timeZone);
    days[key] = addEventToDay(days[key] ?? getEmptyDayFigures(), event);
  }
  return { schemaVersion: LOG_SCHEMA_VERSION, events, days };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'invalid content';
}

export type MigrationResult =
  { ok: true; data: MonthData; migrated: boolean } | { ok: false; reason: string };

/**
 * Reads a parsed month file of any known version into the current layout. Anything
 * else is refused with a reason (the caller sets the file aside; nothing is guessed).
 */
export function migrateMonth(raw: unknown, timeZone: string): MigrationResult {
  const version =
    typeof raw === 'object' && raw !== null && 'schemaVersion' in raw
      ? (raw as { schemaVersion: unknown }).schemaVersion
      : undefined;
  if (typeof version === 'number' && version > LOG_SCHEMA_VERSION) {
    return { ok: false, reason: `it was written by a newer Unknot (schema ${version})` };
  }
  if (version === LOG_SCHEMA_VERSION) {
    const parsed = version2.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error) };
    return { ok: true, data: parsed.data as MonthData, migrated: false };
  }
  const parsed = version1.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error) };
  return {
    ok: true,
    data: fromVersion1(parsed.data.events as AdherenceEvent[], timeZone),
    migrated: true,
  };
}
