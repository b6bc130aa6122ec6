import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The selects of a ClockTimeInput: hour, minute and, on a 12-hour clock, AM/PM. */
export function clockParts(group: HTMLElement): {
  hour: HTMLSelectElement;
  minute: HTMLSelectElement;
  period?: HTMLSelectElement;
} {
  const [hour, minute, period] = within(group).getAllByRole('combobox') as HTMLSelectElement[];
  if (!hour || !minute) throw new Error('not a time field: no hour and minute');
  return { hour, minute, period };
}

/** Chooses a time ('HH:MM', 24-hour) in a ClockTimeInput, part by part as a person would. */
export async function chooseTime(user: UserEvent, group: HTMLElement, time: string) {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const { hour, minute, period } = clockParts(group);
  if (period) {
    await user.selectOptions(period, h >= 12 ? 'pm' : 'am');
    await user.selectOptions(hour, String(h % 12 || 12));
  } else {
    await user.selectOptions(hour, String(h));
  }
  await user.selectOptions(minute, String(m));
}

/** The time a ClockTimeInput shows, as 'HH:MM' on a 24-hour clock ('' when unset). */
export function shownTime(group: HTMLElement): string {
  const { hour, minute, period } = clockParts(group);
  if (hour.value === '' || minute.value === '') return '';
  const shown = Number(hour.value);
  const h = period ? (shown % 12) + (period.value === 'pm' ? 12 : 0) : shown;
  return `${String(h).padStart(2, '0')}:${minute.value.padStart(2, '0')}`;
}
