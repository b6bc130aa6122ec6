/**
 * Days a person marks as off — a planned holiday or a sick day — so that a day without
 * care there does not break the streak. Stored in settings (`dayMarks`), set through
 * the summary window's `setDayMark` channel.
 */

export const DAY_MARK_KINDS = ['holiday', 'sick'] as const;
export type DayMarkKind = (typeof DAY_MARK_KINDS)[number];

export interface DayMark {
  /** Local calendar date, yyyy-MM-dd. */
  date: string;
  kind: DayMarkKind;
}

/** At most this many marks are kept (several years of holidays and sick days). */
export const MAX_DAY_MARKS = 1000;

/** A real calendar date written yyyy-MM-dd (no 31 February). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The marks with `date` set to `kind`, or unmarked when `kind` is null; sorted by date,
 * one mark per date. The oldest marks go first when there are more than MAX_DAY_MARKS.
 */
export function setDayMark(
  marks: readonly DayMark[],
  date: string,
  kind: DayMarkKind | null,
): DayMark[] {
  const others = marks.filter((mark) => mark.date !== date);
  const next = kind === null ? others : [...others, { date, kind }];
  return next.sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-MAX_DAY_MARKS);
}
