import { useState } from 'react';
import { CARE_DAY_SECONDS } from '../../core/adherence';
import type { DayMarkKind } from '../../shared/day-marks';
import type { DaySummary } from '../../shared/domain';
import { useApi } from '../common/api';
import { useFormats, useText } from '../common/i18n/use-text';
import './day-marks.css';

/** The `state` of summary.days.state: the day's mark, or whether it had care. */
function getDayState(day: DaySummary): string {
  if (day.mark) return day.mark;
  return day.careSeconds >= CARE_DAY_SECONDS ? 'care' : 'none';
}

/** Today as yyyy-MM-dd in the person's own zone. */
function getToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The week's days with their care and marks, and the form that marks a planned holiday
 * or a sick day (or takes a mark away), so such a day does not break the streak.
 */
export function DayMarks({ days, onChange }: { days: DaySummary[]; onChange(): void }) {
  const api = useApi();
  const t = useText();
  const formats = useFormats();
  const [date, setDate] = useState(getToday);
  const [kind, setKind] = useState<DayMarkKind>('holiday');
  const [message, setMessage] = useState('');
  const mark = (on: string, next: DayMarkKind | null) => {
    setMessage('');
    api.setDayMark({ date: on, kind: next }).then(
      () => {
        const day = formats.longDay(on);
        setMessage(
          next
            ? t('summary.days.marked', { day, kind: next })
            : t('summary.days.unmarked', { day }),
        );
        onChange();
      },
      (error: unknown) =>
        setMessage(
          t('summary.days.notMarked', {
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
    );
  };
  return (
    <section aria-labelledby="days-heading" className="card">
      <h2 id="days-heading">{t('summary.days.heading')}</h2>
      <ul className="days-row" aria-label={t('summary.days.list')}>
        {days.map((day) => (
          <li key={day.date} className={day.mark ? 'day-marked' : undefined}>
            <time className="day-name" dateTime={day.date} aria-hidden="true">
              {formats.shortDay(day.date)}
            </time>
            <time className="visually-hidden" dateTime={day.date}>
              {formats.longDay(day.date)}
            </time>
            <span className="day-state">
              {t('summary.days.state', { state: getDayState(day) })}
            </span>
            {day.mark && (
              <button
                type="button"
                className="link-button"
                aria-label={t('summary.days.unmarkDay', { day: formats.longDay(day.date) })}
                onClick={() => mark(day.date, null)}
              >
                {t('summary.days.unmark')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="mark-form"
        onSubmit={(event) => {
          event.preventDefault();
          mark(date, kind);
        }}
      >
        <p className="muted">{t('summary.days.explain')}</p>
        <label>
          {t('summary.days.day')}
          <input
            type="date"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
        <label>
          {t('summary.days.markAs')}
          <select
            value={kind}
            onChange={(event) => setKind(event.target.value === 'sick' ? 'sick' : 'holiday')}
          >
            <option value="holiday">{t('summary.days.holiday')}</option>
            <option value="sick">{t('summary.days.sick')}</option>
          </select>
        </label>
        <button type="submit">{t('summary.days.submit')}</button>
      </form>
      {/* A live region of its own, apart from the export's status. */}
      <p aria-live="polite" className="export-status">
        {message}
      </p>
    </section>
  );
}
