import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeAccelerator, recordKeyPress } from '../../../src/renderer/settings/accelerator';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { descriptionOf, renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 30_000 });

const withShortcutsOn = () => {
  const settings = getDefaultSettings();
  settings.shortcuts.enabled = true;
  return settings;
};
const feedback = () => screen.getByRole('status', { name: 'Save status' });

describe('shortcut recorder', () => {
  it('shows the combination being held, then saves it in Electron words and shows it in OS words', async () => {
    const { user, stored } = await renderSettings({
      initial: withShortcutsOn(),
      page: 'shortcuts',
    });
    const field = screen.getByLabelText('Take a break now');
    expect(field).toHaveValue('Ctrl+Alt+B');
    await user.click(field);
    await user.keyboard('{Control>}{Shift>}');
    expect(field).toHaveValue('Ctrl+Shift+…');
    await user.keyboard('9{/Shift}{/Control}');
    await waitFor(() => expect(stored().shortcuts.breakNow).toBe('CommandOrControl+Shift+9'));
    expect(field).toHaveValue('Ctrl+Shift+9');
    await waitFor(() => expect(feedback()).toHaveTextContent('Saved'));
  });

  it('refuses a key without a modifier, cancels on Escape and clears on Backspace', async () => {
    const { user, stored } = await renderSettings({
      initial: withShortcutsOn(),
      page: 'shortcuts',
    });
    const field = screen.getByLabelText('Pause for an hour');
    await user.click(field);
    await user.keyboard('k');
    expect(descriptionOf(field)).toContain('Hold Ctrl, Alt or Shift with the key');
    expect(feedback()).toHaveTextContent('Hold Ctrl, Alt or Shift with the key');
    await user.keyboard('{Alt>}');
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('Ctrl+Alt+P');
    expect(descriptionOf(field)).toContain('Cancelled: the shortcut stays Ctrl+Alt+P.');
    expect(stored().shortcuts.pauseHour).toBe('CommandOrControl+Alt+P');
    await user.keyboard('{/Alt}{Backspace}');
    await waitFor(() => expect(stored().shortcuts.pauseHour).toBe(''));
    expect(field).toHaveValue('None');
  });

  it('Tab still moves on: the recorder does not trap the keyboard', async () => {
    const { user } = await renderSettings({ initial: withShortcutsOn(), page: 'shortcuts' });
    await user.click(screen.getByLabelText('Take a break now'));
    await user.tab();
    expect(screen.getByLabelText('Pause for an hour')).toHaveFocus();
  });

  it("shows main's message when the OS refuses the combination", async () => {
    const initial = withShortcutsOn();
    const { fake } = await renderSettings({
      initial,
      page: 'shortcuts',
      handlers: {
        getShortcutRefusals: () => [
          { setting: 'breakNow', accelerator: initial.shortcuts.breakNow, reason: 'taken' },
        ],
      },
    });
    const field = screen.getByLabelText('Take a break now');
    const taken =
      'Ctrl+Alt+B is already used by another app or the system, so it does nothing here. Press another combination.';
    await waitFor(() => expect(descriptionOf(field)).toContain(taken));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(feedback()).toHaveTextContent(taken));
    // Main pushes the refusals after each registration: all taken now.
    fake.emit('shortcutRefusals', []);
    await waitFor(() => expect(descriptionOf(field)).not.toContain(taken));
  });
});

describe('accelerators in OS words', () => {
  const press = (key: string, code: string, mods: Partial<Record<string, boolean>> = {}) => ({
    key,
    code,
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...mods,
  });

  it('reads the key by its place, so Shift+1 is "1"; ⌘ on a Mac is CommandOrControl', () => {
    expect(
      recordKeyPress(press('!', 'Digit1', { ctrlKey: true, shiftKey: true }), 'linux'),
    ).toEqual({ kind: 'shortcut', accelerator: 'CommandOrControl+Shift+1' });
    expect(recordKeyPress(press('b', 'KeyB', { metaKey: true, altKey: true }), 'mac')).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Alt+B',
    });
    expect(recordKeyPress(press('b', 'KeyB', { metaKey: true }), 'windows')).toEqual({
      kind: 'shortcut',
      accelerator: 'Super+B',
    });
    expect(recordKeyPress(press('ä', 'Quote', { ctrlKey: true }), 'linux').kind).toBe(
      'unusableKey',
    );
  });

  it('names the keys as each OS does', () => {
    expect(describeAccelerator('CommandOrControl+Alt+B', 'windows')).toBe('Ctrl+Alt+B');
    expect(describeAccelerator('CommandOrControl+Alt+B', 'mac')).toBe('Command+Option+B');
    expect(describeAccelerator('Super+Shift+Up', 'windows')).toBe('Windows+Shift+Up arrow');
  });
});
