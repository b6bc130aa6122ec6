import { z } from 'zod';
import { FOCUS_STATES } from '../shared/domain';
import { applySafetyAnswers } from '../core/safety-check';
import { settingsSchema, type Settings } from '../shared/settings/schema';

/**
 * The replay trace: one JSON object per line. The first line sets the scene, the
 * rest happen in time order on the real (monotonic) timeline, the last one ends it.
 *
 * Focus lines: {"at":…,"focus":"call"|"presenting"|"dnd"|"fullscreen"|"none"} is what the
 * focus sources would report; {"at":…,"atDesk":true|false} the "At my desk, not typing"
 * toggle; {"at":…,"stance":"standing"|"sitting"} the "I'm standing" toggle. The replay
 * then prints {"type":"held","kind":…,"reason":…} when a due break waits, and its summary
 * adds heldBreaks (prompts that waited) and standingMinutes (not counted as sitting).
 *
 * The header's `settings` are Unknot's settings (src/shared/settings/schema), safety
 * included. Without `safety` a trace replays a fresh install: the safety questions
 * unanswered, so no pressure exercise is planned. `"safety": {"answers": {...}}` (and
 * `operationSites`) replays a person who gave those answers when the trace starts, as
 * the safety check records them; a full `safety` object (with `answeredAt`) is taken as
 * it is, so a trace can also start in protective mode (`protective`, epoch ms).
 * Each `breakOpen` line of the replay lists the planned routine:
 * `"exercises": [{"id": "walk", "kind": "movement"}]`.
 */

const isoTime = z.string().refine((text) => Number.isFinite(Date.parse(text)), 'not an ISO time');

const headerSchema = z.object({
  start: isoTime,
  timeZone: z.string().refine(isZone, 'unknown IANA time zone'),
  settings: z.record(z.string(), z.unknown()).default({}),
  respond: z.enum(['complete', 'skip', 'snooze', 'ignore']).default('complete'),
  /** Extension: "none" replays with no idle source (breaks follow the clock). */
  idle: z.enum(['os', 'none']).default('os'),
});

const eventSchema = z.union([
  z.object({ at: isoTime, user: z.enum(['active', 'away']) }),
  z.object({ at: isoTime, system: z.enum(['lock', 'unlock', 'suspend', 'resume']) }),
  z.object({
    at: isoTime,
    action: z.enum(['startBreakNow', 'pause', 'resume']),
    minutes: z.number().positive().optional(),
  }),
  z.object({
    at: isoTime,
    clock: z.string().regex(/^[+-]?\d+$/, 'clock takes "+3600" or "-3600"'),
  }),
  /** Extension: the OS time zone changed (travel). */
  z.object({ at: isoTime, timeZone: z.string().refine(isZone, 'unknown IANA time zone') }),
  /** Extension (issue 15): what the focus sources report — a call, a presentation, DND... */
  z.object({ at: isoTime, focus: z.enum(FOCUS_STATES) }),
  /** Extension: "At my desk, not typing" on or off (reading, a meeting in the room). */
  z.object({ at: isoTime, atDesk: z.boolean() }),
  /** Extension: "I'm standing" / back to sitting at a standing desk. */
  z.object({ at: isoTime, stance: z.enum(['standing', 'sitting']) }),
  z.object({ at: isoTime, end: z.literal(true) }),
]);

export type TraceHeader = Omit<z.output<typeof headerSchema>, 'settings'> & { settings: Settings };
export type TraceEvent = z.output<typeof eventSchema> & { atMs: number };

export interface Trace {
  header: TraceHeader;
  events: TraceEvent[];
}

/** Answers given in the header are recorded as the safety check would, at the start. */
function withSafetyAnswers(raw: Record<string, unknown>, settings: Settings, at: number): Settings {
  const safety = raw.safety;
  const given = typeof safety === 'object' && safety !== null ? safety : {};
  if (!('answers' in given) || 'answeredAt' in given) return settings;
  const { answers, operationSites } = settings.safety;
  return applySafetyAnswers(settings, answers, at, operationSites);
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class TraceError extends Error {}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`)
    .join('; ');
}

/** Parses and checks a trace; throws TraceError naming the line at fault. */
export function parseTrace(text: string, name = 'trace'): Trace {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('//'));
  const parse = (entry: { line: string; number: number }): unknown => {
    try {
      return JSON.parse(entry.line);
    } catch {
      throw new TraceError(`${name}:${entry.number}: not JSON`);
    }
  };
  const first = lines[0];
  if (!first) throw new TraceError(`${name}: empty trace`);
  const header = headerSchema.safeParse(parse(first));
  if (!header.success) throw new TraceError(`${name}:${first.number}: ${describe(header.error)}`);
  const settings = settingsSchema.safeParse(header.data.settings);
  if (!settings.success)
    throw new TraceError(`${name}:${first.number}: settings ${describe(settings.error)}`);
  const startMs = Date.parse(header.data.start);
  const answered = withSafetyAnswers(header.data.settings, settings.data, startMs);
  const events: TraceEvent[] = [];
  let previous = startMs;
  for (const entry of lines.slice(1)) {
    const event = eventSchema.safeParse(parse(entry));
    if (!event.success) throw new TraceError(`${name}:${entry.number}: ${describe(event.error)}`);
    const atMs = Date.parse(event.data.at);
    if (atMs < previous)
      throw new TraceError(`${name}:${entry.number}: events must be in time order`);
    previous = atMs;
    events.push({ ...event.data, atMs });
  }
  const last = events.at(-1);
  if (!last || !('end' in last))
    throw new TraceError(`${name}: the last line must be {"at":...,"end":true}`);
  return { header: { ...header.data, settings: answered }, events };
}
