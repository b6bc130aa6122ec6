import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderBreak, wait } from './render-break';

const pass = (seconds: number) => act(() => wait(seconds));

describe('BreakView: an honest flow', { timeout: 20_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('the last side ends the exercise only once held for its shortest dose', async () => {
    const { user, finish } = renderBreak({
      exercises: [{ exerciseId: 'chair-thoracic-extension', holdSeconds: [30] }],
    });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.keyboard('{Enter}'); // skips the get-ready moment, not the hold
    expect(screen.getByRole('status')).toHaveTextContent('Hold');
    await pass(10);
    const primary = screen.getByRole('button', { name: 'Finish' });
    expect(primary).toHaveAttribute('aria-disabled', 'true');
    expect(primary).toHaveAccessibleDescription('Hold 5 s more to move on, or skip this exercise.');
    await user.keyboard('{Enter}');
    await user.click(primary);
    expect(screen.getByRole('heading', { level: 1, name: /Upper-back extension/ })).toBeVisible();
    await pass(5);
    expect(primary).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Enter}');
    // 15 s is the shortest stretch dose (ACSM): the exercise is done.
    expect(screen.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
    await user.keyboard('{Enter}');
    const result = finish.mock.calls[0]?.[0];
    expect(result).toMatchObject({ outcome: 'completed' });
    expect(result?.exercises[0]?.heldSeconds[0]).toBeGreaterThanOrEqual(15);
  });

  it('skipping everything is logged as skipped and the card says so', async () => {
    const { user, finish } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 5);
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Maybe next time' })).toBeVisible();
    expect(screen.getByText(/Logged as skipped/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(finish.mock.calls[0]?.[0]).toEqual({
      promptId: 'prompt-1',
      outcome: 'skipped',
      exercises: [{ exerciseId: 'neck-side-bend', heldSeconds: [5, 0] }],
    });
  });

  it('strict mode: nothing ends early, but an exercise can be swapped for one of the same area', async () => {
    const { user, finish } = renderBreak({
      strict: true,
      exercises: [{ exerciseId: 'standing-hip-flexor-lunge', holdSeconds: [30, 30] }],
    });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 10);
    expect(screen.queryByRole('button', { name: /Skip/ })).not.toBeInTheDocument();
    const primary = screen.getByRole('button', { name: 'Next side' });
    expect(primary).toHaveAttribute('aria-disabled', 'true');
    expect(primary).toHaveAccessibleDescription('Strict mode: the timer moves on by itself.');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Left side: hold the stretch');

    await user.click(
      screen.getByRole('button', { name: 'Swap for Half-kneeling hip-flexor stretch' }),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Half-kneeling hip-flexor stretch' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Get into position');
    await pass(5 + 30 + 5 + 30);
    expect(screen.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(finish.mock.calls[0]?.[0]).toMatchObject({
      outcome: 'completed',
      exercises: [{ exerciseId: 'half-kneeling-hip-flexor', heldSeconds: [30, 30] }],
    });
  });

  it('shows the safety note without a disclosure when pressure work is in the routine', async () => {
    renderBreak({ exercises: [{ exerciseId: 'ball-glute-wall', holdSeconds: [45, 45] }] });
    const note = await screen.findByRole('region', { name: 'Safety first' });
    expect(note).toBeVisible();
    expect(note).toHaveTextContent(/not a treatment/i);
    expect(note.closest('details')).toBeNull();
  });
});
