import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreakView } from '../../../src/renderer/break/BreakView';
import { ApiContext } from '../../../src/renderer/common/api';
import type { BreakResult } from '../../../src/shared/domain';
import { createFakeApi } from '../fake-api';
import { renderBreak, wait } from './render-break';

const pass = (seconds: number) => act(() => wait(seconds));

describe('BreakView reports', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('Enter on the first side moves to the second side, never ends the exercise', async () => {
    const { user, finish } = renderBreak();
    await screen.findByRole('button', { name: 'Start' });
    await user.keyboard('{Enter}');
    await pass(5 + 10);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Neck side bend' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Switch sides');
    expect(screen.getByText(/Right side · 2 of 2/)).toBeInTheDocument();
    expect(finish).not.toHaveBeenCalled();
  });

  it('Skip this exercise keeps what was held; half the plan held makes the break partial', async () => {
    const { user, finish } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 20);
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    expect(
      screen.getByRole('heading', { name: 'Upper-back extension over the chair back' }),
    ).toBeInTheDocument();
    await pass(5 + 30);
    expect(screen.getByRole('heading', { level: 1, name: 'Good, some care taken' })).toBeVisible();
    expect(screen.getByText(/Logged as partly done/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    // 50 of 90 planned seconds: at least half, so partial.
    expect(finish.mock.calls[0]?.[0]).toMatchObject({
      outcome: 'partial',
      exercises: [
        { exerciseId: 'neck-side-bend', heldSeconds: [20, 0] },
        { exerciseId: 'chair-thoracic-extension', heldSeconds: [30] },
      ],
    });
  });

  it('reports by itself 20 s after the finish card, so walking away still counts', async () => {
    const { user, finish } = renderBreak({
      exercises: [{ exerciseId: 'chair-thoracic-extension', holdSeconds: [30] }],
    });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 30);
    expect(finish).not.toHaveBeenCalled();
    await pass(20);
    expect(finish.mock.calls[0]?.[0]).toMatchObject({ outcome: 'completed' });
  });

  it('Esc snoozes, keeping what was held', async () => {
    const { user, finish } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 12);
    await user.keyboard('{Escape}');
    expect(finish.mock.calls[0]?.[0]).toEqual({
      promptId: 'prompt-1',
      outcome: 'snoozed',
      exercises: [{ exerciseId: 'neck-side-bend', heldSeconds: [12, 0] }],
    });
    expect(screen.getByText('Snoozed. See you in a few minutes.')).toBeInTheDocument();
  });

  it('without snoozes left, Snooze is unavailable with its reason, and Esc does nothing', async () => {
    const { user, finish } = renderBreak({ snoozesLeft: 0 });
    const snooze = await screen.findByRole('button', { name: 'Snooze' });
    expect(snooze).toHaveAttribute('aria-disabled', 'true');
    expect(snooze).toHaveAccessibleDescription('No snoozes left for this break');
    await user.keyboard('{Escape}');
    await user.click(snooze);
    expect(finish).not.toHaveBeenCalled();
  });

  it('Skip break before starting reports a skip with no exercises', async () => {
    const { user, finish } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Skip break' }));
    expect(finish.mock.calls[0]?.[0]).toEqual({
      promptId: 'prompt-1',
      outcome: 'skipped',
      exercises: [],
    });
  });

  it('Space on another focused button presses that button and does not pause', async () => {
    const { user, finish } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5);
    screen.getByRole('button', { name: 'Mute sound' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Mute sound' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Left side: hold the stretch');
    expect(finish).not.toHaveBeenCalled();
  });

  it('says so when saving fails, and lets the person try again', async () => {
    const finish = vi.fn((_result: BreakResult): undefined => {
      throw new Error('disk full');
    });
    const { user } = renderBreak({}, finish);
    await user.click(await screen.findByRole('button', { name: 'Skip break' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your break was not saved: Error: disk full',
    );
    expect(screen.getByRole('button', { name: 'Skip break' })).toBeEnabled();
  });

  it('with nothing planned, offers a plain stand-up break', async () => {
    const { user, finish } = renderBreak({ exercises: [] });
    expect(
      await screen.findByRole('heading', { name: 'Stand up and move for a minute' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(finish.mock.calls[0]?.[0]).toMatchObject({ outcome: 'completed', exercises: [] });
  });

  it('explains when no break is due', async () => {
    const fake = createFakeApi({ getBreak: () => null });
    render(
      <ApiContext.Provider value={fake.api}>
        <BreakView />
      </ApiContext.Provider>,
    );
    expect(await screen.findByText('No break is due right now.')).toBeInTheDocument();
  });
});
