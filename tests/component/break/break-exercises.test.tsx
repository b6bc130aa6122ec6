import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../../src/shared/exercises';
import type { PlannedExercise } from '../../../src/shared/domain';
import { promptWith, renderBreak, wait } from './render-break';

const pass = (seconds: number) => act(() => wait(seconds));
const lunge: PlannedExercise = { exerciseId: 'standing-hip-flexor-lunge', holdSeconds: [30, 30] };

/** The break window knows only the exercises main sent with the prompt. */
describe('BreakView: exercises come with the prompt', { timeout: 20_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('the fixture sends the planned exercise and its swap candidates', () => {
    const ids = promptWith([lunge]).catalogue?.map((exercise) => exercise.id);
    expect(ids).toEqual(['standing-hip-flexor-lunge', 'half-kneeling-hip-flexor']);
  });

  it('offers a swap only for a candidate main sent', async () => {
    const planned = findExercise(lunge.exerciseId);
    const { user } = renderBreak({ exercises: [lunge], catalogue: planned ? [planned] : [] });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Standing lunge hip-flexor stretch' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Swap for/ })).not.toBeInTheDocument();
  });

  it('without the exercises, names the plan by id and draws nothing rather than guessing', async () => {
    renderBreak({ exercises: [lunge], catalogue: [] });
    expect(
      await screen.findByText('standing-hip-flexor-lunge', { selector: '.coming span' }),
    ).toBeInTheDocument();
  });
});
