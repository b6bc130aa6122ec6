import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreakView } from '../../../src/renderer/break/BreakView';
import { ApiContext } from '../../../src/renderer/common/api';
import type { BreakPrompt, BreakResult } from '../../../src/shared/domain';
import { createFakeApi } from '../fake-api';

const prompt: BreakPrompt = {
  id: 'prompt-1',
  kind: 'posture',
  openedAt: Date.UTC(2026, 10, 23, 9, 30),
  exercises: [{ exerciseId: 'doorway-chest-stretch', holdSeconds: [30, 30] }],
  strict: false,
  snoozesLeft: 2,
  sound: { enabled: true, volume: 0.5 },
};

function renderBreak(
  overrides: Partial<BreakPrompt> = {},
  finish = vi.fn((_result: BreakResult) => undefined),
) {
  const fake = createFakeApi({
    getBreak: () => ({ ...prompt, ...overrides }),
    finishBreak: finish,
  });
  render(
    <ApiContext.Provider value={fake.api}>
      <BreakView />
    </ApiContext.Provider>,
  );
  return { fake, finish };
}

describe('BreakView', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('shows the exercise, its steps and a countdown over both sides', async () => {
    renderBreak();
    expect(
      await screen.findByRole('heading', { name: 'Doorway chest stretch' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('60 s');
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.getByRole('timer')).toHaveTextContent('55 s');
  });

  it('reports a completed break with the seconds held per side', async () => {
    const { finish } = renderBreak();
    await screen.findByRole('heading', { name: 'Doorway chest stretch' });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.getByRole('timer')).toHaveTextContent('0 s');
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(screen.getByRole('button', { name: 'Done' }));
    expect(finish).toHaveBeenCalledWith(
      {
        promptId: 'prompt-1',
        outcome: 'completed',
        exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
      },
      { window: 'break' },
    );
  });

  it('reports partial care when Done comes before the timer ends', async () => {
    const { finish } = renderBreak();
    await screen.findByRole('heading', { name: 'Doorway chest stretch' });
    await act(() => vi.advanceTimersByTimeAsync(40_000));
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(screen.getByRole('button', { name: 'Done' }));
    expect(finish.mock.calls[0]?.[0]).toMatchObject({
      outcome: 'partial',
      exercises: [{ heldSeconds: [30, 10] }],
    });
  });

  it('reports a skip with no exercises', async () => {
    const { finish } = renderBreak();
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(await screen.findByRole('button', { name: 'Skip' }));
    expect(finish.mock.calls[0]?.[0]).toEqual({
      promptId: 'prompt-1',
      outcome: 'skipped',
      exercises: [],
    });
  });

  it('offers no Skip in strict mode', async () => {
    renderBreak({ strict: true });
    await screen.findByRole('button', { name: 'Done' });
    expect(screen.queryByRole('button', { name: 'Skip' })).not.toBeInTheDocument();
  });

  it('says so when saving fails, and lets the person try again', async () => {
    const finish = vi.fn((_result: BreakResult): undefined => {
      throw new Error('disk full');
    });
    renderBreak({}, finish);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your break was not saved: Error: disk full',
    );
    expect(screen.getByRole('button', { name: 'Done' })).toBeEnabled();
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
