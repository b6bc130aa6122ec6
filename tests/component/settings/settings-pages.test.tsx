import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_PAGES } from '../../../src/renderer/settings/pages';
import { en } from '../../../src/shared/i18n/messages/en';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { renderSettings } from './render-settings';
import { clockParts } from './clock-time';

vi.setConfig({ testTimeout: 30_000 });

const nav = () => within(screen.getByRole('navigation', { name: 'Settings pages' }));
const current = () =>
  nav()
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent);

describe('settings window: pages', () => {
  it('shows one page at a time; the side list names it with aria-current', async () => {
    await renderSettings();
    expect(
      nav()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(SETTINGS_PAGES.map((page) => en[page.label]));
    expect(current()).toEqual(['Breaks']);
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Breaks');
    expect(screen.queryByLabelText('Theme')).toBeNull();
  });

  it('a link opens its page, moves focus to its heading and keeps the page in the URL', async () => {
    const { user } = await renderSettings();
    await user.click(nav().getByRole('link', { name: 'Appearance' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Appearance' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.hash).toBe('#appearance');
    expect(current()).toEqual(['Appearance']);
    expect(screen.getByLabelText('Theme')).toBeInTheDocument();
    expect(screen.queryByLabelText('Posture break after sitting for')).toBeNull();
  });

  it('opens on the page the URL names, so "Your data" can be linked to', async () => {
    await renderSettings({ page: 'data' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Your data');
    expect(current()).toEqual(['Your data']);
  });

  it('an unknown page in the URL falls back to the first page', async () => {
    await renderSettings({ page: 'no-such-page' });
    expect(current()).toEqual(['Breaks']);
  });

  it('arrow keys, Home and End move along the side list; Tab reaches every link', async () => {
    const { user } = await renderSettings();
    const links = nav().getAllByRole('link');
    links[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(links.at(-1)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(links.at(-2)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
    await user.tab();
    expect(links[1]).toHaveFocus();
  });
});

describe('settings window: fields of a switched-off section', () => {
  it('are disabled with a line saying why, and come alive when the switch is on', async () => {
    const { user } = await renderSettings({ page: 'working-hours' });
    const days = screen.getByRole('group', { name: 'Your working days' });
    expect(days).toBeDisabled();
    const mondayStart = () =>
      clockParts(screen.getByRole('group', { name: 'Monday range 1 start' }));
    expect(mondayStart().hour).toBeDisabled();
    expect(days).toHaveAccessibleDescription(
      'Turn on “Only prompt breaks during working hours” to set the hours.',
    );
    await user.click(screen.getByLabelText('Only prompt breaks during working hours'));
    expect(days).toBeEnabled();
    expect(mondayStart().hour).toBeEnabled();
  });

  it('covers the sound, the weekly summary and the shortcuts', async () => {
    const initial = getDefaultSettings();
    initial.sound.enabled = false;
    initial.weeklySummary.enabled = false;
    const { user } = await renderSettings({ initial, page: 'sound' });
    expect(screen.getByLabelText('Volume')).toBeDisabled();
    await user.click(screen.getByRole('link', { name: 'Start-up and week' }));
    const summaryTime = await screen.findByRole('group', { name: 'Summary time' });
    for (const part of within(summaryTime).getAllByRole('combobox')) expect(part).toBeDisabled();
    expect(screen.getByLabelText('Summary day')).toBeDisabled();
    await user.click(screen.getByRole('link', { name: 'Shortcuts' }));
    expect(await screen.findByLabelText('Take a break now')).toBeDisabled();
  });
});

describe('settings window: the Saved live region', () => {
  const feedback = () => screen.getByRole('status', { name: 'Save status' });

  it('says "Saved" after each accepted change and what is wrong with a refused one', async () => {
    const { user, stored } = await renderSettings();
    expect(feedback()).toHaveAttribute('aria-live', 'polite');
    expect(feedback()).toHaveTextContent('');
    await user.click(screen.getByLabelText('Do not let me skip a break'));
    await waitFor(() => expect(feedback()).toHaveTextContent('Saved'));
    const first = feedback().firstElementChild;
    await user.click(screen.getByLabelText('Do not let me skip a break'));
    await waitFor(() => expect(stored().breaks.strict).toBe(false));
    // The same word again is a new node, so a screen reader says it again.
    await waitFor(() => expect(feedback().firstElementChild).not.toBe(first));
    expect(feedback()).toHaveTextContent('Saved');

    const snooze = screen.getByLabelText('Snooze for');
    await user.clear(snooze);
    await user.type(snooze, '99');
    expect(feedback()).toHaveTextContent('Not saved: At most 30 minutes');
  });
});
