import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ReleaseSessionSettings } from '../../../src/renderer/settings/ReleaseSessionSettings';
import { en } from '../../../src/shared/i18n/messages/en';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { chooseTime, shownTime } from '../settings/clock-time';

function Host({ seen }: { seen: Settings['releaseSession'][] }) {
  const [value, setValue] = useState(getDefaultSettings().releaseSession);
  return (
    <ReleaseSessionSettings
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('release session settings', () => {
  it('is off by default; on, it follows working hours or a set time', async () => {
    const user = userEvent.setup();
    const seen: Settings['releaseSession'][] = [];
    render(
      <IntlProvider locale="en" messages={en}>
        <Host seen={seen} />
      </IntlProvider>,
    );
    const toggle = screen.getByRole('checkbox', { name: 'Offer a daily release session' });
    expect(toggle).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'At the end of working hours' })).toBeDisabled();
    await user.click(toggle);
    expect(screen.getByRole('radio', { name: 'At the end of working hours' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'At a set time' }));
    const time = screen.getByRole('group', { name: 'Time' });
    expect(shownTime(time)).toBe('18:00');
    expect(seen.at(-1)).toEqual({ enabled: true, at: '18:00' });
    await chooseTime(user, time, '07:45');
    expect(seen.at(-1)).toEqual({ enabled: true, at: '07:45' });
    await user.click(screen.getByRole('radio', { name: 'At the end of working hours' }));
    expect(seen.at(-1)).toEqual({ enabled: true, at: 'endOfHours' });
  });
});
