import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import { renderBreak, wait } from './render-break';

const own: OwnExercise = {
  id: 'own-doorway01',
  name: 'Doorway chest stretch from my physio',
  steps: ['Forearms on the door frame', 'Lean through gently'],
  sides: 'one',
  kind: 'stretch',
  area: 'chest',
  equipment: [],
  dose: { type: 'hold', seconds: 20 },
  picture: null,
};

describe('BreakView: the finish card and own exercises', { timeout: 20_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('lists an own exercise by the person’s name for it, not its id', async () => {
    const { user } = renderBreak({
      exercises: [{ exerciseId: own.id, holdSeconds: [20] }],
      ownExercises: [own],
    });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await act(() => wait(5 + 20 + 1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
    const list = within(screen.getByRole('list', { name: 'What you did' }));
    expect(list.getByText(new RegExp(own.name))).toBeInTheDocument();
    expect(list.queryByText(new RegExp(own.id))).toBeNull();
  });
});
