import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/shared/settings/schema';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { descriptionOf, renderSettings } from './render-settings';

/** Issue 15: do-not-disturb's choice, the longest hold and the standing time, in Settings. */

// The whole settings page renders in each test: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

const breaks = () => within(screen.getByRole('region', { name: 'Breaks' }));

/** The settings of the last save the fake main received. */
function lastSaved(fake: Awaited<ReturnType<typeof renderSettings>>['fake']): Settings {
  const saves = fake.calls.filter((call) => call.name === 'saveSettings');
  const last = saves.at(-1)?.request as { settings: Settings } | undefined;
  if (!last) throw new Error('nothing was saved');
  return last.settings;
}

describe('settings window: calls, do-not-disturb and standing', () => {
  it('saves each of the three, told in the live region, and refuses a hold out of range', async () => {
    const { user, fake } = await renderSettings({ page: 'breaks' });
    const group = within(
      breaks().getByRole('group', { name: 'Calls, presentations and do-not-disturb' }),
    );

    const dnd = group.getByLabelText('While do-not-disturb is on');
    expect(dnd).toHaveDisplayValue('Hold the break until it ends');
    expect(descriptionOf(dnd)).toContain('Do-not-disturb: hold, or quiet notice');
    await user.selectOptions(dnd, 'Let it come with a quiet notice');
    await waitFor(() => expect(lastSaved(fake).focus.dnd).toBe('quietNotice'));
    expect(dnd).toHaveDisplayValue('Let it come with a quiet notice');
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved');

    const hold = group.getByLabelText('Hold a break for at most');
    expect(hold).toHaveValue(120);
    expect(hold).toHaveAttribute('min', '15');
    expect(hold).toHaveAttribute('max', '240');
    expect(descriptionOf(hold)).toContain('The longest hold: 15 to 240 minutes');
    await user.clear(hold);
    await user.type(hold, '90');
    await waitFor(() => expect(lastSaved(fake).focus.maxHoldMinutes).toBe(90));

    const savesBefore = fake.calls.filter((call) => call.name === 'saveSettings').length;
    await user.clear(hold);
    await user.type(hold, '9');
    expect(hold).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(hold)).toContain('At least 15 minutes');
    // Pasted in one go: typed, "30" on the way to "300" would be valid and saved.
    await user.clear(hold);
    await user.paste('300');
    expect(hold).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(hold)).toContain('At most 240 minutes');
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Not saved');
    expect(fake.calls.filter((call) => call.name === 'saveSettings')).toHaveLength(savesBefore);
    expect(lastSaved(fake).focus.maxHoldMinutes).toBe(90);
    await user.clear(hold);
    await user.type(hold, '60');
    await waitFor(() => expect(lastSaved(fake).focus.maxHoldMinutes).toBe(60));
    expect(hold).not.toHaveAttribute('aria-invalid');

    const standing = breaks().getByLabelText('Count me as sitting again after standing for');
    expect(standing).toHaveValue(45);
    expect(descriptionOf(standing)).toContain('10 to 240 minutes');
    await user.clear(standing);
    await user.type(standing, '30');
    await waitFor(() => expect(lastSaved(fake).focus.standingMinutes).toBe(30));
    expect(lastSaved(fake).focus).toEqual({
      dnd: 'quietNotice',
      maxHoldMinutes: 60,
      standingMinutes: 30,
    });
  });

  it('"Reset breaks to defaults" puts them back too', async () => {
    const defaults = getDefaultSettings();
    const focus = { dnd: 'quietNotice', maxHoldMinutes: 30, standingMinutes: 20 } as const;
    const { user, stored } = await renderSettings({
      page: 'breaks',
      initial: { ...defaults, focus },
    });
    expect(breaks().getByLabelText('Hold a break for at most')).toHaveValue(30);
    await user.click(screen.getByRole('button', { name: 'Reset breaks to defaults' }));
    await waitFor(() => expect(stored().focus).toEqual(defaults.focus));
    expect(breaks().getByLabelText('While do-not-disturb is on')).toHaveDisplayValue(
      'Hold the break until it ends',
    );
    expect(breaks().getByLabelText('Count me as sitting again after standing for')).toHaveValue(45);
  });

  it('a German window names them in German', async () => {
    await renderSettings({
      page: 'breaks',
      handlers: {
        getLanguage: () => ({ locale: 'de', formatLocale: 'de-DE', direction: 'ltr' }),
      },
    });
    const page = within(screen.getByRole('region', { name: 'Pausen' }));
    const group = within(
      page.getByRole('group', { name: 'Anrufe, Präsentationen und „Nicht stören“' }),
    );
    const dnd = group.getByLabelText('Während „Nicht stören“ an ist');
    expect(
      within(dnd)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Die Pause warten lassen, bis es aus ist',
      'Sie mit einem stillen Hinweis kommen lassen',
    ]);
    const hold = group.getByLabelText('Eine Pause wartet höchstens');
    expect(descriptionOf(hold)).toContain('Die längste Wartezeit: 15 bis 240 Minuten');
    const standing = page.getByLabelText('Stehzeit, bis ich wieder als sitzend zähle');
    expect(descriptionOf(standing)).toContain('10 bis 240 Minuten');
  });
});
