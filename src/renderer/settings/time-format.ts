/**
 * The window's clock convention, for the hint under time fields: the hint and the
 * sample follow the window's `formatLocale`, as main resolved it.
 */
export type ClockHours = 12 | 24;

export function getClockHours(locale?: string): ClockHours {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric' });
  const cycle = format.resolvedOptions().hourCycle;
  if (cycle) return cycle === 'h11' || cycle === 'h12' ? 12 : 24;
  // Without hourCycle, a day period ("PM") in a formatted hour says 12-hour.
  return format.formatToParts(new Date(2000, 0, 1, 17)).some((part) => part.type === 'dayPeriod')
    ? 12
    : 24;
}

/** The values of the `settings.timeFormat` messages: which clock, and 9:00 as the locale writes it. */
export interface TimeFormat {
  hours: '12' | '24';
  sample: string;
}

export function getTimeFormat(locale?: string): TimeFormat {
  const hours = getClockHours(locale);
  const sample = new Intl.DateTimeFormat(locale, {
    hour: hours === 12 ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: hours === 12 ? 'h12' : 'h23',
  }).format(new Date(2000, 0, 1, 9, 0));
  return { hours: hours === 12 ? '12' : '24', sample };
}
