import { format, parseISO } from 'date-fns';
import type { AreaCare, Outcome } from '../../shared/domain';

/** "Mon" for a yyyy-MM-dd date (a plain calendar date: no zone involved). */
export const getShortDay = (date: string) => format(parseISO(date), 'EEE');

/** "Monday 23 Nov" */
export const getLongDay = (date: string) => format(parseISO(date), 'EEEE d MMM');

/** "23 – 29 Nov 2026" */
export function getWeekLabel(start: string, end: string): string {
  const from = parseISO(start);
  const to = parseISO(end);
  const sameMonth = format(from, 'yyyy-MM') === format(to, 'yyyy-MM');
  return `${format(from, sameMonth ? 'd' : 'd MMM')} – ${format(to, 'd MMM yyyy')}`;
}

/** "12 min", "45 s", "1 h 05 min" */
export function getMinutesLabel(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  completed: 'Completed',
  partial: 'Partly done',
  natural: 'Stood up on your own',
  skipped: 'Skipped',
  snoozed: 'Snoozed',
  missed: 'Missed',
};

export const AREA_LABELS: Record<AreaCare['area'], string> = {
  'upper-back': 'Upper back',
  shoulders: 'Shoulders',
  neck: 'Neck',
  chest: 'Chest',
  forearms: 'Forearms and wrists',
  'lower-back': 'Lower back',
  hips: 'Hips',
  glutes: 'Glutes',
  legs: 'Legs',
  'whole-body': 'Whole body (moving)',
  other: 'Other',
};

/** "23 Nov" for a yyyy-MM-dd date. */
export const getShortDate = (date: string) => format(parseISO(date), 'd MMM');
