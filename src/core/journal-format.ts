import { z } from 'zod';
import type { AdherenceEvent } from '../shared/domain';
import type { DayChange } from './day-index';
import type { PersistedEngineState } from './engine-types';
import { dayFiguresSchema, eventSchema } from './log-migrations';

/**
 * The month journal (`adherence-YYYY-MM.jsonl`): one JSON object per line, appended and
 * fsynced once per change, never rewritten. A line holds a prompt (`event`), a finished
 * sitting bout (`bout`), both (a break end), or a day's sitting carried over from a
 * schema-2 month file (`sitting`).
 */

const boutSchema = z.object({ start: z.number().finite(), seconds: z.number().finite().min(0) });

const engineSchema = z.object({
  version: z.literal(1),
  pausedUntil: z.union([z.number().finite(), z.literal('indefinitely'), z.null()]),
  snoozeCount: z.number().int().min(0).max(100),
  lastBreakAt: z.object({
    posture: z.number().finite().optional(),
    movement: z.number().finite().optional(),
  }),
  recentExercises: z
    .array(z.object({ exerciseId: z.string().min(1).max(64), at: z.number().finite() }))
    .max(500),
  releaseOfferedAt: z.number().finite().optional(),
  savedAt: z.number().finite().optional(),
}) satisfies z.ZodType<PersistedEngineState>;

/** A journal line: the index's change, plus the engine's state when a break ended. */
export interface JournalLine extends DayChange {
  /** The engine's restart state right after this break ended (saves a second write). */
  engine?: PersistedEngineState;
  /** Wall time the line was written, epoch ms (set with `engine`). */
  writtenAt?: number;
}

const lineSchema = z
  .object({
    engine: engineSchema.optional(),
    writtenAt: z.number().finite().optional(),
    event: eventSchema.optional(),
    bout: boutSchema.optional(),
    sitting: dayFiguresSchema
      .omit({ careSeconds: true })
      .extend({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
      .optional(),
  })
  .refine((line) => line.event || line.bout || line.sitting, 'an empty line');

/** One line of the journal, newline included. */
export function formatJournalLine(change: JournalLine): string {
  return `${JSON.stringify(change)}\n`;
}

export interface ParsedJournal {
  changes: JournalLine[];
  /** Bytes up to the end of the last whole line (every byte after it is a torn write). */
  wholeBytes: number;
  /**
   * The text after the last newline when it is not a valid line: a write cut short. The
   * caller moves it aside and truncates the file to `wholeBytes`.
   */
  torn: string | null;
  /** A valid last line without its newline: the next append must start a new line first. */
  missingNewline: boolean;
  /** Whole lines that are not valid entries (1-based line numbers); skipped, kept on disk. */
  damagedLines: number[];
}

function parseLine(text: string): JournalLine | null {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { event, bout, sitting, engine, writtenAt } = parsed.data;
    const change: JournalLine = {};
    if (engine) change.engine = engine;
    if (writtenAt !== undefined) change.writtenAt = writtenAt;
    if (event) change.event = event as AdherenceEvent;
    if (bout) change.bout = bout;
    if (sitting) change.sitting = sitting;
    return change;
  } catch {
    return null;
  }
}

/** Reads a journal's text line by line; nothing valid is ever dropped. */
export function parseJournal(text: string): ParsedJournal {
  const changes: JournalLine[] = [];
  const damagedLines: number[] = [];
  const lastNewline = text.lastIndexOf('\n');
  const whole = lastNewline < 0 ? '' : text.slice(0, lastNewline);
  const tail = text.slice(lastNewline + 1);
  const lines = whole === '' && lastNewline < 0 ? [] : whole.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const change = parseLine(line);
    if (change) changes.push(change);
    else damagedLines.push(index + 1);
  });
  let torn: string | null = null;
  let missingNewline = false;
  if (tail.trim() !== '') {
    const change = parseLine(tail);
    if (change) {
      changes.push(change);
      missingNewline = true;
    } else torn = tail;
  }
  const wholeBytes = lastNewline < 0 ? 0 : byteLength(text.slice(0, lastNewline + 1));
  return { changes, wholeBytes, torn, missingNewline, damagedLines };
}

/** UTF-8 length without Node's Buffer (core runs anywhere). */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
