import { z } from 'zod/mini';
import { DAY_MARK_KINDS, isCalendarDate, type DayMark } from './day-marks';
import type { AppStatus, WindowKind } from './domain';
import { invokeChannels } from './ipc-names';

/**
 * The summary window's actions (spread into `ipcContract.invoke` in ./ipc): starting a
 * break from the first week's empty page, and marking a day as a holiday or a sick day.
 */

const returns = <T>(): T => undefined as T;

const calendarDateSchema = z
  .string()
  .check(
    z.refine(isCalendarDate, { error: 'The date must be a calendar date such as 2026-11-23' }),
  );

export const summaryInvokes = {
  /** "Take a break now": the same engine input as the tray item. */
  startBreakNow: {
    channel: invokeChannels.startBreakNow,
    windows: ['summary'] as readonly WindowKind[],
    request: z.void(),
    response: returns<AppStatus>(),
  },
  /** Marks `date` as a planned holiday or a sick day; `kind: null` takes the mark away. */
  setDayMark: {
    channel: invokeChannels.setDayMark,
    windows: ['summary'] as readonly WindowKind[],
    request: z.object({ date: calendarDateSchema, kind: z.nullable(z.enum(DAY_MARK_KINDS)) }),
    response: returns<DayMark[]>(),
  },
} as const;
