import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderBreak, wait } from './render-break';

const pass = (seconds: number) => act(() => wait(seconds));

describe('BreakView states', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('start: says what is coming and how long it takes, with Start focused', async () => {
    renderBreak();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Time for 1 min 30 s of care' }),
    ).toBeInTheDocument();
    const [list] = screen.getAllByRole('list');
    const coming = within(list as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(coming).toEqual([
      'Neck side bend — 30 s each side',
      'Upper-back extension over the chair back — 30 s',
    ]);
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
    expect(screen.getByText('Posture break')).toBeInTheDocument();
    expect(screen.getByText('Warning signs and when to stop')).toBeInTheDocument();
  });

  it('holding: shows the drawing, steps, cautions and a timer counting the left side', async () => {
    const { user } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Neck side bend' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Get into position');
    const drawing = screen.getByRole('img', {
      name: /tilts the head away from the worked side.*left side/,
    });
    expect(drawing.tagName.toLowerCase()).toBe('svg');
    expect(drawing.getAttribute('data-side')).toBe('left');
    expect(screen.getByText('Your left side')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Steps' })).toHaveTextContent(
      'Tilt your head toward your right shoulder',
    );
    expect(screen.getByRole('list', { name: 'Steps' }).children).toHaveLength(4);
    expect(screen.getByRole('list', { name: 'Stop if you feel' })).toHaveTextContent('Dizziness');
    expect(screen.getByText(/Tunwattanapong et al\. 2016/)).toBeInTheDocument();

    await pass(5);
    expect(screen.getByRole('status')).toHaveTextContent('Left side: hold the stretch');
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('0:30');
    await pass(12);
    expect(screen.getByRole('timer')).toHaveTextContent('0:18');
    expect(screen.getByText(/Left side · 1 of 2/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next side' })).toHaveFocus();
  });

  it('movement break: the walk counts minutes, with no sides', async () => {
    const { user } = renderBreak({
      kind: 'movement',
      exercises: [{ exerciseId: 'walk', holdSeconds: [240] }],
    });
    expect(await screen.findByText('Movement break')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('status')).toHaveTextContent('Get ready to walk');
    await pass(5 + 60);
    expect(screen.getByRole('status')).toHaveTextContent('Walk');
    expect(screen.getByRole('timer')).toHaveTextContent('3:00');
    expect(screen.queryByText(/side ·/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Finish' })).toHaveFocus();
  });

  it('switch sides: cues the change, then counts the right side', async () => {
    const { user } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 30);
    expect(screen.getByRole('status')).toHaveTextContent('Switch sides');
    expect(screen.getByText(/Right side · 2 of 2/)).toBeInTheDocument();
    expect(screen.getByText(/starts in 5 s/)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:30');
    await pass(5);
    expect(screen.getByRole('status')).toHaveTextContent('Right side: hold the stretch');
    await pass(10);
    expect(screen.getByRole('timer')).toHaveTextContent('0:20');
  });

  it('paused: Space stops the clock and Space resumes it; the button says so', async () => {
    const { user } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 10);
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await pass(60);
    expect(screen.getByRole('timer')).toHaveTextContent('0:20');
    // Space pauses even with the primary button focused, and never presses it.
    expect(screen.getByRole('button', { name: 'Next side' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('Left side: hold the stretch');
    await pass(5);
    expect(screen.getByRole('timer')).toHaveTextContent('0:15');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
  });

  it('finish: "N of care in this break", then Done reports a completed break', async () => {
    const { user, finish } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 30 + 5 + 30 + 5 + 30);
    expect(screen.getByRole('heading', { level: 1, name: 'Well done' })).toBeInTheDocument();
    expect(screen.getByText(/of care in this break/)).toHaveTextContent(
      '1 min 30 s of care in this break',
    );
    expect(screen.getByRole('list', { name: 'What you did' })).toHaveTextContent(
      'Neck side bend: 30 s + 30 s',
    );
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(finish).toHaveBeenCalledWith(
      {
        promptId: 'prompt-1',
        outcome: 'completed',
        exercises: [
          { exerciseId: 'neck-side-bend', heldSeconds: [30, 30] },
          { exerciseId: 'chair-thoracic-extension', heldSeconds: [30] },
        ],
      },
      { window: 'break' },
    );
  });

  it('finish: counts the whole day when main says how much care came before', async () => {
    const { user } = renderBreak({ careTodaySeconds: 40 });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await pass(5 + 30 + 5 + 30 + 5 + 30);
    expect(screen.getByText(/of care today/)).toHaveTextContent('2 min 10 s of care today');
  });

  it('strict mode: no way to skip the break, and it says why', async () => {
    const { user } = renderBreak({ strict: true });
    await screen.findByRole('button', { name: 'Start' });
    expect(screen.queryByRole('button', { name: 'Skip break' })).not.toBeInTheDocument();
    expect(screen.getByText('Strict mode: this break cannot be skipped.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.queryByRole('button', { name: 'Skip break' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skip this exercise' })).not.toBeInTheDocument();
  });

  it('movement: the walk says walk, seated marching says keep moving', async () => {
    for (const [exerciseId, ready, moving] of [
      ['walk', 'Get ready to walk', 'Walk'],
      ['seated-marching', 'Get ready to move', 'Keep moving'],
    ] as const) {
      const { user } = renderBreak({
        kind: 'movement',
        exercises: [{ exerciseId, holdSeconds: [180] }],
      });
      await user.click(await screen.findByRole('button', { name: 'Start' }));
      expect(screen.getByRole('status')).toHaveTextContent(ready);
      await pass(6);
      expect(screen.getByRole('status')).toHaveTextContent(moving);
      cleanup();
    }
  });
});
