import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { renderSettings } from '../settings/render-settings';
import { shownTime } from '../settings/clock-time';

vi.setConfig({ testTimeout: 30_000 });

describe('the release session on the My programme page', () => {
  it('is there, and turning it on and setting a time saves the settings', async () => {
    const { user, stored } = await renderSettings({ page: 'programme' });
    const toggle = await screen.findByRole('checkbox', { name: 'Offer a daily release session' });
    expect(toggle).not.toBeChecked();
    // It says that it needs pressure allowed, as the engine does (fail closed).
    expect(toggle).toHaveAccessibleDescription(/only when your safety answers allow pressure/);
    await user.click(toggle);
    await waitFor(() => expect(stored().releaseSession.enabled).toBe(true));
    expect(stored().releaseSession.at).toBe('endOfHours');
    await user.click(screen.getByRole('radio', { name: 'At a set time' }));
    await waitFor(() => expect(stored().releaseSession.at).toBe('18:00'));
    expect(shownTime(screen.getByRole('group', { name: 'Time' }))).toBe('18:00');
  });

  it('shows what main saved before: a session at 21:15', async () => {
    await renderSettings({
      page: 'programme',
      initial: { ...getDefaultSettings(), releaseSession: { enabled: true, at: '21:15' } },
    });
    expect(
      await screen.findByRole('checkbox', { name: 'Offer a daily release session' }),
    ).toBeChecked();
    expect(screen.getByRole('radio', { name: 'At a set time' })).toBeChecked();
    expect(shownTime(screen.getByRole('group', { name: 'Time' }))).toBe('21:15');
  });
});
