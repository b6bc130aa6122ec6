/**
 * Dates, numbers and lists in a window's format locale, through Intl. Building an Intl
 * formatter costs far more than using one, so each is made once per locale and options.
 */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * A bare "en" (no region from the system) writes dates the British way, as Unknot's
 * English does ("Monday 23 Nov"); a regional tag ("en-US") keeps its own order.
 */
function getDateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A yyyy-MM-dd calendar date as midnight UTC, formatted in UTC: no zone shifts the day. */
const calendarDay = (date: string) => new Date(`${date}T00:00:00Z`);

function dates(locale: string, name: string, options: Intl.DateTimeFormatOptions) {
  const tag = getDateLocale(locale);
  return cached(`date:${tag}:${name}`, () => new Intl.DateTimeFormat(tag, options));
}

export interface Formats {
  /** The BCP 47 tag these format with. */
  formatLocale: string;
  /** "Mon" */
  shortDay(date: string): string;
  /** "Monday 23 Nov" */
  longDay(date: string): string;
  /** "23 Nov" */
  shortDate(date: string): string;
  /** "23 – 29 Nov 2026" */
  dateRange(start: string, end: string): string;
  /** A moment (epoch ms) as a date in the person's own zone. */
  moment(at: number): string;
  /** 0.8 → "80%" */
  percent(fraction: number): string;
  /** 5 → "5.0" with `digits` decimals */
  decimal(value: number, digits: number): string;
  /** ["a", "b", "c"] → "a, b and c" (or "a, b or c") */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

export function getFormats(locale: string): Formats {
  const utc = { timeZone: 'UTC' } as const;
  return {
    formatLocale: locale,
    shortDay: (date) =>
      dates(locale, 'shortDay', { ...utc, weekday: 'short' }).format(calendarDay(date)),
    longDay: (date) =>
      dates(locale, 'longDay', { ...utc, weekday: 'long', day: 'numeric', month: 'short' }).format(
        calendarDay(date),
      ),
    shortDate: (date) =>
      dates(locale, 'shortDate', { ...utc, day: 'numeric', month: 'short' }).format(
        calendarDay(date),
      ),
    dateRange: (start, end) =>
      dates(locale, 'range', {
        ...utc,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).formatRange(calendarDay(start), calendarDay(end)),
    moment: (at) => dates(locale, 'moment', { dateStyle: 'medium' }).format(at),
    percent: (fraction) =>
      cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent' })).format(
        fraction,
      ),
    decimal: (value, digits) =>
      cached(
        `decimal:${locale}:${digits}`,
        () =>
          new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }),
      ).format(value),
    list: (items, type = 'conjunction') =>
      cached(`list:${locale}:${type}`, () => new Intl.ListFormat(locale, { type })).format(items),
  };
}
