import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applySafetyAnswers } from '../../../src/core/safety-check';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 30_000 });

const section = () => within(screen.getByRole('region', { name: 'My programme' }));
const ALL_NO = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));

const markup: OwnExercise = {
  id: 'own-markup01',
  name: '<img src=x onerror=alert(1)>Shrugs',
  steps: ['<b>Lift</b> your shoulders', 'Let them drop'],
  sides: 'one',
  kind: 'strength',
  area: 'shoulders',
  equipment: [],
  dose: { type: 'repetitions', count: 10 },
  picture: null,
};

describe('settings window: My programme', () => {
  it('builds a fixed programme by keyboard: add, reorder, remove', async () => {
    const { user, stored } = await renderSettings({ page: 'programme' });
    const select = section().getByLabelText('Exercise to add');
    for (const name of ['Seated cat-cow', 'Easy walk', 'Chin-tuck hold']) {
      const option = within(select).getByRole('option', { name: new RegExp(`^${name}`, 'i') });
      await user.selectOptions(select, option);
      await user.click(section().getByRole('button', { name: 'Add to programme' }));
    }
    await user.click(section().getByRole('radio', { name: 'Do my programme' }));
    await waitFor(() => expect(stored().programme.mode).toBe('fixed'));
    const [first] = stored().programme.exerciseIds;
    const down = section().getByRole('button', { name: /^Move Seated cat-cow down/i });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(stored().programme.exerciseIds[1]).toBe(first));
    await user.click(section().getByRole('button', { name: /^Remove Easy walk/i }));
    await waitFor(() => expect(stored().programme.exerciseIds).toHaveLength(2));
    expect(stored().programme.exerciseIds).not.toContain('walk');
  });

  it('says why an exercise of the programme is left out by the safety answers', async () => {
    const initial: Settings = {
      ...getDefaultSettings(),
      programme: {
        mode: 'fixed',
        exerciseIds: ['ball-shoulder-blade-wall', 'walk'],
        own: [],
      },
    };
    await renderSettings({ initial, page: 'programme' });
    const list = section().getByRole('list', { name: 'Your programme' });
    expect(within(list).getByText(/pressure stays off until the safety check/)).toBeInTheDocument();
  });

  it('checks an own exercise field by field, then adds it', async () => {
    const { user, stored } = await renderSettings({ page: 'programme' });
    const form = within(section().getByRole('group', { name: 'Add your own exercise' }));
    await user.clear(form.getByLabelText(/^Seconds/));
    await user.type(form.getByLabelText(/^Seconds/), '500');
    await user.click(form.getByRole('button', { name: 'Add exercise' }));
    expect(form.getByLabelText('Name')).toHaveAccessibleDescription('Give the exercise a name');
    expect(form.getByLabelText(/^Seconds/)).toHaveAccessibleDescription(
      'Use 15 to 60 seconds for this kind of exercise',
    );
    await user.type(form.getByLabelText('Name'), 'Physio neck stretch');
    await user.type(form.getByLabelText('Steps, one a line'), 'Sit tall{Enter}Tilt gently');
    await user.clear(form.getByLabelText(/^Seconds/));
    await user.type(form.getByLabelText(/^Seconds/), '30');
    await user.click(form.getByRole('button', { name: 'Add exercise' }));
    await waitFor(() => expect(stored().programme.own).toHaveLength(1));
    expect(stored().programme.own[0]).toMatchObject({
      name: 'Physio neck stretch',
      steps: ['Sit tall', 'Tilt gently'],
      dose: { type: 'hold', seconds: 30 },
    });
    const own = section().getByRole('list', { name: 'Your own exercises' });
    expect(within(own).getByText('Physio neck stretch')).toBeInTheDocument();
  });

  it('shows why a chosen picture was refused', async () => {
    const { user } = await renderSettings({
      page: 'programme',
      handlers: {
        chooseOwnPicture: () => ({ ok: false, error: { id: 'data.picture.notPicture' } }),
      },
    });
    await user.click(section().getByRole('button', { name: 'Choose a picture (optional)' }));
    expect(await section().findByText('Use a PNG, JPEG or WebP picture')).toBeInTheDocument();
  });

  it('says what is wrong with a bad file and changes nothing', async () => {
    const { user, saves } = await renderSettings({
      page: 'programme',
      handlers: {
        importProgramme: () => ({
          ok: false,
          error: {
            id: 'data.programme.field',
            values: { field: 'ownExercises.0.name', problem: 'At most 60 characters' },
          },
        }),
      },
    });
    await user.click(section().getByRole('button', { name: 'Import programme…' }));
    expect(await section().findByRole('alert')).toHaveTextContent(
      'Nothing was changed. The field "ownExercises.0.name" is not valid',
    );
    expect(saves()).toBe(0);
  });

  it('shows imported names as plain text, never as markup', async () => {
    const base = applySafetyAnswers(getDefaultSettings(), ALL_NO, 0);
    const imported: Settings = {
      ...base,
      programme: { mode: 'rotation', exerciseIds: [], own: [markup] },
    };
    const { user } = await renderSettings({
      page: 'programme',
      handlers: { importProgramme: () => ({ ok: true, settings: imported, imported: 1 }) },
    });
    await user.click(section().getByRole('button', { name: 'Import programme…' }));
    const own = await section().findByRole('list', { name: 'Your own exercises' });
    await waitFor(() => expect(within(own).getByText(markup.name)).toBeInTheDocument());
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
