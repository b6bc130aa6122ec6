import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 30_000 });

const rows: OwnExercise = {
  id: 'own-bandrows1',
  name: 'Band rows',
  steps: ['Loop the band round a door handle', 'Pull your elbows back'],
  sides: 'one',
  kind: 'strength',
  area: 'upper-back',
  equipment: ['band'],
  dose: { type: 'repetitions', count: 10 },
  picture: `${'c'.repeat(32)}.png`,
};

const initial: Settings = {
  ...getDefaultSettings(),
  programme: { mode: 'fixed', exerciseIds: [rows.id, 'walk'], own: [rows] },
};

describe('settings window: editing an own exercise in place', () => {
  it('opens it in the form, saves the change under the same id, the programme keeps it', async () => {
    const { user, stored } = await renderSettings({ initial, page: 'programme' });
    await user.click(screen.getByRole('button', { name: 'Edit Band rows' }));
    const form = within(screen.getByRole('group', { name: 'Edit Band rows' }));
    const name = form.getByLabelText('Name');
    expect(name).toHaveValue('Band rows');
    expect(form.getByLabelText('Steps, one a line')).toHaveValue(rows.steps.join('\n'));
    expect(form.getByRole('button', { name: 'Choose another picture' })).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Band rows, slow');
    const amount = form.getByLabelText(/^Repetitions/);
    await user.clear(amount);
    await user.type(amount, '12');
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stored().programme.own[0]?.name).toBe('Band rows, slow'));
    expect(stored().programme.own).toEqual([
      { ...rows, name: 'Band rows, slow', dose: { type: 'repetitions', count: 12 } },
    ]);
    expect(stored().programme.exerciseIds).toEqual([rows.id, 'walk']);
    expect(stored().programme.mode).toBe('fixed');
    // The form is back to adding.
    expect(screen.getByRole('group', { name: 'Add your own exercise' })).toBeInTheDocument();
  });

  it('a bad edit is refused with the field’s message; Cancel leaves the exercise as it was', async () => {
    const { user, stored, saves } = await renderSettings({ initial, page: 'programme' });
    await user.click(screen.getByRole('button', { name: 'Edit Band rows' }));
    const form = within(screen.getByRole('group', { name: 'Edit Band rows' }));
    await user.clear(form.getByLabelText('Name'));
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    expect(form.getByText('Give the exercise a name')).toBeInTheDocument();
    const before = saves();
    await user.click(form.getByRole('button', { name: 'Cancel' }));
    expect(saves()).toBe(before);
    expect(stored().programme.own).toEqual([rows]);
    expect(screen.queryByRole('group', { name: 'Edit Band rows' })).toBeNull();
  });
});
