import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { LanguageContext } from '../../../src/renderer/common/i18n/language-context';
import { ClockTimeInput } from '../../../src/renderer/settings/ClockTimeInput';
import type { AppLocale } from '../../../src/shared/i18n/locales';
import { MESSAGES } from '../../../src/shared/i18n/catalogues';
import { en } from '../../../src/shared/i18n/messages/en';
import { shownTime } from './clock-time';

/** One time field in a window of `locale`, writing times as `formatLocale` does. */
function renderTime(locale: AppLocale, formatLocale: string, initial: string) {
  const seen: string[] = [];
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <ClockTimeInput
        label="Summary time"
        value={value}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
      />
    );
  }
  render(
    <IntlProvider locale={locale} messages={locale === 'de' ? MESSAGES.de : en}>
      <LanguageContext.Provider value={{ locale, formatLocale, direction: 'ltr' }}>
        <Host />
      </LanguageContext.Provider>
    </IntlProvider>,
  );
  const group = screen.getByRole('group', { name: 'Summary time' });
  return { group, seen, user: userEvent.setup(), parts: within(group) };
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the time field (hour and minute of our own, not Chromium’s)', () => {
  it('in German: a 24-hour clock with German labels, and no AM/PM', async () => {
    const { group, seen, user, parts } = renderTime('de', 'de-DE', '09:05');
    const hour = parts.getByRole('combobox', { name: 'Stunde' });
    const minute = parts.getByRole('combobox', { name: 'Minute' });
    expect(parts.getAllByRole('combobox')).toHaveLength(2);
    expect(optionTexts(hour)).toEqual(
      Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
    );
    expect(hour).toHaveDisplayValue('09');
    expect(minute).toHaveDisplayValue('05');
    await user.selectOptions(hour, '21');
    expect(seen.at(-1)).toBe('21:05');
    await user.selectOptions(minute, '30');
    expect(seen.at(-1)).toBe('21:30');
    expect(shownTime(group)).toBe('21:30');
  });

  it('in US English: a 12-hour clock with AM and PM, stored on a 24-hour clock', async () => {
    const { seen, user, parts } = renderTime('en', 'en-US', '21:05');
    const hour = parts.getByRole('combobox', { name: 'Hour' });
    const period = parts.getByRole('combobox', { name: 'Morning or afternoon' });
    expect(optionTexts(hour)).toEqual(Array.from({ length: 12 }, (_, h) => String(h + 1)));
    expect(optionTexts(period)).toEqual(['AM', 'PM']);
    expect(hour).toHaveDisplayValue('9');
    expect(period).toHaveDisplayValue('PM');
    await user.selectOptions(period, 'am');
    expect(seen.at(-1)).toBe('09:05');
    await user.selectOptions(hour, '12');
    expect(seen.at(-1)).toBe('00:05');
    await user.selectOptions(period, 'pm');
    expect(seen.at(-1)).toBe('12:05');
  });

  it('shows a time it cannot read as unset, and a chosen part makes it whole', async () => {
    const { seen, user, parts } = renderTime('en', 'en-GB', '');
    const hour = parts.getByRole('combobox', { name: 'Hour' });
    expect(parts.getAllByRole('combobox')).toHaveLength(2);
    expect(hour).toHaveDisplayValue('––');
    await user.selectOptions(hour, '7');
    expect(seen).toEqual(['07:00']);
  });
});
