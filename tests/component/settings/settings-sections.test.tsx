import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { EXERCISES } from '../../../src/shared/exercises';
import { descriptionOf, renderSettings } from './render-settings';
import { chooseTime, shownTime } from './clock-time';

// The whole settings page renders in each test: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

const section = (name: string) => within(screen.getByRole('region', { name }));
const defaults = getDefaultSettings();

describe('settings window: Breaks', () => {
  it('applies a valid interval, refuses an invalid one next to the field, and resets', async () => {
    const { user, stored, saves } = await renderSettings({ page: 'breaks' });
    const field = section('Breaks').getByLabelText('Posture break after sitting for');
    await user.clear(field);
    await user.type(field, '45');
    await waitFor(() => expect(stored().breaks.postureEveryMinutes).toBe(45));

    const savesBefore = saves();
    await user.clear(field);
    await user.type(field, '5');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(field)).toContain('At least 20 minutes');
    expect(stored().breaks.postureEveryMinutes).toBe(45);
    expect(saves()).toBe(savesBefore);

    const snooze = section('Breaks').getByLabelText('Snooze for');
    await user.clear(snooze);
    expect(descriptionOf(snooze)).toContain('Enter a number of minutes');
    await user.type(snooze, '2.5');
    expect(descriptionOf(snooze)).toContain('Use whole minutes');

    await user.click(screen.getByRole('button', { name: 'Reset breaks to defaults' }));
    await waitFor(() => expect(field).toHaveValue(30));
    expect(stored().breaks).toEqual(defaults.breaks);
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('strict mode is applied at once', async () => {
    const { user, stored } = await renderSettings({ page: 'breaks' });
    await user.click(section('Breaks').getByLabelText('Do not let me skip a break'));
    await waitFor(() => expect(stored().breaks.strict).toBe(true));
  });
});

describe('settings window: Working hours', () => {
  it('applies ranges, refuses an end before the start, and resets', async () => {
    const { user, stored } = await renderSettings({ page: 'working-hours' });
    const hours = section('Working hours');
    await user.click(hours.getByLabelText('Only prompt breaks during working hours'));
    await chooseTime(user, hours.getByRole('group', { name: 'Monday range 1 start' }), '10:00');
    await waitFor(() =>
      expect(stored().workingHours.days.mon).toEqual([{ start: '10:00', end: '17:30' }]),
    );
    expect(stored().workingHours.enabled).toBe(true);

    await user.click(hours.getByRole('button', { name: 'Add a range on Saturday' }));
    await waitFor(() =>
      expect(stored().workingHours.days.sat).toEqual([{ start: '13:00', end: '17:00' }]),
    );

    await chooseTime(user, hours.getByRole('group', { name: 'Tuesday range 1 end' }), '08:00');
    const tuesday = hours.getByRole('group', { name: 'Tuesday' });
    expect(descriptionOf(tuesday)).toBe('The end must be later than the start');
    expect(stored().workingHours.days.tue).toEqual(defaults.workingHours.days.tue);

    await user.click(hours.getByRole('button', { name: 'Add a range on Monday' }));
    await chooseTime(user, hours.getByRole('group', { name: 'Monday range 2 start' }), '11:00');
    expect(descriptionOf(hours.getByRole('group', { name: 'Monday' }))).toBe(
      'Ranges of one day must not overlap',
    );

    await user.click(screen.getByRole('button', { name: 'Reset working hours to defaults' }));
    await waitFor(() => expect(stored().workingHours).toEqual(defaults.workingHours));
    expect(hours.queryByText('The end must be later than the start')).toBeNull();
  });
});

describe('settings window: Equipment and exercises', () => {
  it('applies equipment and exercise switches, refuses turning every exercise off, and resets', async () => {
    // Over 30 exercises: start with all but three off, and switch those off by hand.
    const [first, ...rest] = EXERCISES;
    const initial = getDefaultSettings();
    initial.exercises.disabled = rest.slice(2).map((exercise) => exercise.id);
    const { user, stored } = await renderSettings({ page: 'equipment', initial });
    const equipment = section('Equipment and exercises');
    await user.click(equipment.getByLabelText('A doorway'));
    await waitFor(() => expect(stored().equipment.doorway).toBe(false));
    for (const exercise of rest.slice(0, 2)) {
      await user.click(equipment.getByLabelText(exercise.name));
    }
    await waitFor(() => expect(stored().exercises.disabled).toHaveLength(rest.length));

    await user.click(equipment.getByLabelText(first?.name ?? ''));
    const group = equipment.getByRole('group', { name: 'Exercises' });
    expect(descriptionOf(group)).toBe('Keep at least one exercise on');
    expect(stored().exercises.disabled).not.toContain(first?.id);

    await user.click(
      screen.getByRole('button', { name: 'Reset equipment and exercises to defaults' }),
    );
    await waitFor(() => expect(stored().equipment).toEqual(defaults.equipment));
    expect(stored().exercises.disabled).toEqual([]);
    expect(equipment.getByLabelText(first?.name ?? '')).toBeChecked();
  });
});

describe('settings window: Sounds', () => {
  it('applies a volume in percent, refuses one over 100 %, and resets', async () => {
    const { user, stored } = await renderSettings({ page: 'sound' });
    const volume = section('Sounds').getByLabelText('Volume');
    await user.clear(volume);
    await user.type(volume, '80');
    await waitFor(() => expect(stored().sound.volume).toBe(0.8));
    await user.type(volume, '0');
    expect(descriptionOf(volume)).toContain('Use a volume from 0 to 100 %');
    expect(stored().sound.volume).toBe(0.8);
    await user.click(section('Sounds').getByLabelText('Play a soft sound to switch sides'));
    await waitFor(() => expect(stored().sound.enabled).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Reset sounds to defaults' }));
    await waitFor(() => expect(stored().sound).toEqual(defaults.sound));
    expect(volume).toHaveValue(50);
  });
});

describe('settings window: Shortcuts', () => {
  it('records a pressed combination, refuses a duplicate next to its field, and resets', async () => {
    const { user, stored } = await renderSettings({ page: 'shortcuts' });
    const shortcuts = section('Shortcuts');
    await user.click(shortcuts.getByLabelText('Use global shortcuts'));
    const breakNow = shortcuts.getByLabelText('Take a break now');
    await user.click(breakNow);
    await user.keyboard('{Alt>}{Shift>}K{/Shift}{/Alt}');
    await waitFor(() =>
      expect(stored().shortcuts).toMatchObject({ enabled: true, breakNow: 'Alt+Shift+K' }),
    );
    const pause = shortcuts.getByLabelText('Pause for an hour');
    await user.click(pause);
    await user.keyboard('{Alt>}{Shift>}K{/Shift}{/Alt}');
    expect(descriptionOf(pause)).toContain('Already used for “Take a break now”');
    expect(stored().shortcuts.pauseHour).toBe(defaults.shortcuts.pauseHour);
    await user.click(screen.getByRole('button', { name: 'Reset shortcuts to defaults' }));
    await waitFor(() => expect(stored().shortcuts).toEqual(defaults.shortcuts));
    expect(breakNow).toHaveValue('Ctrl+Alt+B');
  });
});

describe('settings window: Start-up and week', () => {
  it('applies launch at login, week start and summary time, and resets', async () => {
    const { user, stored } = await renderSettings({ page: 'calendar' });
    const calendar = section('Start-up and week');
    await user.click(calendar.getByLabelText('Start Unknot when I log in'));
    await user.selectOptions(calendar.getByLabelText('Weeks start on'), 'Monday');
    await user.selectOptions(calendar.getByLabelText('Summary day'), 'Friday');
    const time = calendar.getByRole('group', { name: 'Summary time' });
    await chooseTime(user, time, '16:30');
    await waitFor(() =>
      expect(stored()).toMatchObject({
        launchAtLogin: true,
        weekStartsOn: 1,
        weeklySummary: { weekday: 5, time: '16:30' },
      }),
    );
    expect(shownTime(time)).toBe('16:30');
    await user.click(screen.getByRole('button', { name: 'Reset start-up and week to defaults' }));
    await waitFor(() => expect(stored().weekStartsOn).toBe('locale'));
    expect(stored().launchAtLogin).toBe(false);
    expect(stored().weeklySummary).toEqual(defaults.weeklySummary);
  });
});

describe('settings window: Appearance', () => {
  it('applies the theme to the page at once, shows a refusal from main next to the field, and resets', async () => {
    const { user, stored } = await renderSettings({ page: 'appearance' });
    const theme = section('Appearance').getByLabelText('Theme');
    await user.selectOptions(theme, 'Dark');
    await waitFor(() => expect(stored().theme).toBe('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(section('Appearance').getByLabelText('Dim other displays during a break'));
    await waitFor(() => expect(stored().dimOtherDisplays).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Reset appearance to defaults' }));
    await waitFor(() => expect(stored().theme).toBe('system'));
    expect(stored().dimOtherDisplays).toBe(false);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it("a save main refuses shows main's message next to the field", async () => {
    const { user } = await renderSettings({
      page: 'appearance',
      handlers: {
        saveSettings: () => ({ ok: false, problems: [{ path: 'theme', message: 'Main said no' }] }),
      },
    });
    const theme = section('Appearance').getByLabelText('Theme');
    await user.selectOptions(theme, 'Light');
    await waitFor(() => expect(descriptionOf(theme)).toContain('Main said no'));
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
      'Some settings were not saved',
    );
  });
});

describe('settings window: a failed save', () => {
  it('says the change was not saved and goes back to what main holds', async () => {
    const { user, fake } = await renderSettings({
      page: 'breaks',
      handlers: {
        saveSettings: () => {
          throw new Error('disk full');
        },
      },
    });
    await user.click(section('Breaks').getByLabelText('Do not let me skip a break'));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
        'Your change was not saved: Error: disk full',
      ),
    );
    await waitFor(() => expect(fake.calls.at(-1)?.name).toBe('getSettings'));
  });
});

describe('settings window: problems in the file', () => {
  it('lists what was reset when the file was read', async () => {
    await renderSettings({
      problems: [{ path: 'breaks.snoozeLimit', message: 'At most 5 snoozes' }],
    });
    expect(screen.getByText('Setting breaks.snoozeLimit: At most 5 snoozes')).toBeInTheDocument();
  });
});
