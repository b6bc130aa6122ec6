import { useContext, useMemo } from 'react';
import { isPseudoLocale } from '../../shared/i18n/locales';
import { pseudoPlainText } from '../../shared/i18n/pseudo';
import { LanguageContext } from '../common/i18n/language-context';
import { useText } from '../common/i18n/use-text';
import { getClockHours } from './time-format';
import './clock-time.css';

/**
 * A time of day as hour and minute (and AM/PM on a 12-hour clock), drawn by us rather
 * than by `<input type="time">`, which Chromium draws in its own locale and hour cycle.
 * The clock follows the window's format locale, as the time hint under it does; the
 * value stays 'HH:MM' on a 24-hour clock. Each part is a labelled native select, so
 * the keyboard and screen readers work as they do everywhere else.
 */

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const pad = (n: number) => String(n).padStart(2, '0');
const MINUTES = Array.from({ length: 60 }, (_, minute) => minute);

export interface ClockTimeInputProps {
  /** 'HH:MM'; anything else shows as unset until a part is chosen. */
  value: string;
  onChange(value: string): void;
  /** The accessible name of the whole time ("Monday range 1 start"). */
  label?: string;
  /** Or the id of the element that names it. */
  labelledBy?: string;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
}

/** "AM" and "PM" as the format locale writes them. */
function useDayPeriods(formatLocale: string, locale: string): [string, string] {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(formatLocale, { hour: 'numeric', hourCycle: 'h12' });
    const period = (hour: number) =>
      format.formatToParts(new Date(2000, 0, 1, hour)).find((part) => part.type === 'dayPeriod')
        ?.value ?? (hour < 12 ? 'AM' : 'PM');
    const mark = (text: string) => (isPseudoLocale(locale) ? pseudoPlainText(text, locale) : text);
    return [mark(period(9)), mark(period(21))];
  }, [formatLocale, locale]);
}

export function ClockTimeInput(props: ClockTimeInputProps) {
  const { value, onChange, invalid, disabled } = props;
  const t = useText();
  const { locale, formatLocale } = useContext(LanguageContext);
  const twelve = getClockHours(formatLocale) === 12;
  const [am, pm] = useDayPeriods(formatLocale, locale);
  const match = CLOCK_TIME.exec(value);
  const hour = match ? Number(match[1]) : null;
  const minute = match ? Number(match[2]) : null;
  const afternoon = hour !== null && hour >= 12;

  const set = (nextHour: number, nextMinute: number) =>
    onChange(`${pad(nextHour)}:${pad(nextMinute)}`);
  const shownHour = hour === null ? '' : String(twelve ? hour % 12 || 12 : hour);
  const hours = twelve
    ? Array.from({ length: 12 }, (_, index) => index + 1)
    : Array.from({ length: 24 }, (_, index) => index);
  const toHour24 = (shown: number, pmChosen: boolean) =>
    twelve ? (shown % 12) + (pmChosen ? 12 : 0) : shown;
  const unset = hour === null && <option value="">{t('settings.time.unset')}</option>;
  const common = { disabled, 'aria-invalid': invalid ? true : undefined } as const;

  return (
    <span
      role="group"
      className="clock-time"
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
    >
      <select
        {...common}
        aria-label={t('settings.time.hour')}
        value={shownHour}
        onChange={(event) => set(toHour24(Number(event.target.value), afternoon), minute ?? 0)}
      >
        {unset}
        {hours.map((shown) => (
          <option key={shown} value={String(shown)}>
            {twelve ? String(shown) : pad(shown)}
          </option>
        ))}
      </select>
      <span aria-hidden="true">:</span>
      <select
        {...common}
        aria-label={t('settings.time.minute')}
        value={minute === null ? '' : String(minute)}
        onChange={(event) => set(hour ?? 0, Number(event.target.value))}
      >
        {unset}
        {MINUTES.map((shown) => (
          <option key={shown} value={String(shown)}>
            {pad(shown)}
          </option>
        ))}
      </select>
      {twelve && (
        <select
          {...common}
          aria-label={t('settings.time.dayPeriod')}
          value={hour === null ? '' : afternoon ? 'pm' : 'am'}
          onChange={(event) =>
            set(((hour ?? 0) % 12) + (event.target.value === 'pm' ? 12 : 0), minute ?? 0)
          }
        >
          {unset}
          <option value="am">{am}</option>
          <option value="pm">{pm}</option>
        </select>
      )}
    </span>
  );
}
