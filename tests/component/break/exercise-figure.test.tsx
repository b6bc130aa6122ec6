import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseFigureView } from '../../../src/renderer/break/figure/ExerciseFigureView';
import { findExercise } from '../../../src/shared/exercises';
import type { BreakResult } from '../../../src/shared/domain';
import { renderBreak, wait } from './render-break';

const pass = (seconds: number) => act(() => wait(seconds));

function exercise(id: string) {
  const found = findExercise(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

/** Answers `prefers-reduced-motion` as the test says. */
function setReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: reduce && query.includes('reduce'),
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

/** The body outline of the drawing now on screen, to compare frames. */
const bodyPath = () => document.querySelector('svg.figure .fig-near .fig-fill')?.getAttribute('d');

describe('the exercise drawing', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('moves gently between the key poses, inline and without files', async () => {
    setReducedMotion(false);
    const neck = exercise('neck-side-bend');
    render(
      <ExerciseFigureView
        figure={neck.figure}
        side="left"
        label={neck.illustrationAlt}
        stillLabel={neck.illustrationAlt}
      />,
    );
    const svg = screen.getByRole('img', { name: neck.illustrationAlt });
    expect(svg.querySelectorAll('[data-pose]')).toHaveLength(1);
    expect(svg.querySelector('image, use, script, foreignObject')).toBeNull();
    expect(svg.querySelector('.fig-highlight')).not.toBeNull();
    const head = () => svg.querySelector('.fig-body circle.fig-fill')?.getAttribute('cx');
    const first = head();
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(head()).not.toBe(first);
  });

  it('shows the key poses side by side, still, when the system asks for less motion', async () => {
    setReducedMotion(true);
    const ball = exercise('ball-inner-shoulder-blade');
    render(
      <ExerciseFigureView
        figure={ball.figure}
        side="left"
        label={ball.illustrationAlt}
        stillLabel={`${ball.illustrationAlt} Key positions, side by side.`}
      />,
    );
    const svg = screen.getByRole('img', { name: /Key positions, side by side/ });
    expect(svg.querySelectorAll('[data-pose]')).toHaveLength(ball.figure.poses.length);
    const before = svg.innerHTML;
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(svg.innerHTML).toBe(before);
  });

  it('draws the right side as the mirror of the left', () => {
    setReducedMotion(true);
    const lunge = exercise('standing-hip-flexor-lunge');
    const { unmount } = render(
      <ExerciseFigureView figure={lunge.figure} side="left" label="left" stillLabel="left" />,
    );
    const left = document.querySelector('[data-pose]');
    expect(left?.getAttribute('transform')).toBe('translate(0 0)');
    const leftBody = bodyPath();
    unmount();
    render(
      <ExerciseFigureView figure={lunge.figure} side="right" label="right" stillLabel="right" />,
    );
    expect(document.querySelector('[data-pose]')?.getAttribute('transform')).toBe(
      'translate(200 0) scale(-1 1)',
    );
    expect(bodyPath()).toBe(leftBody);
  });

  it('in a break: names the side, mirrors for the right, and says it in the steps', async () => {
    setReducedMotion(true);
    const { user } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByRole('img', { name: /left side\./ })).toHaveAttribute('data-side', 'left');
    // Still, the drawing says what it shows: the key positions side by side.
    screen.getByRole('img', { name: /left side\. Key positions, side by side\.$/ });
    await pass(5 + 30 + 5);
    expect(screen.getByRole('status')).toHaveTextContent('Right side: hold the stretch');
    expect(screen.getByRole('img', { name: /right side\./ })).toHaveAttribute('data-side', 'right');
    expect(screen.getByText('Your right side')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Steps' })).toHaveTextContent(
      'Tilt your head toward your left shoulder',
    );
  });

  it('after a pressure hold, one tap rates it and says the next dose', async () => {
    setReducedMotion(true);
    const rated: unknown[] = [];
    const { user } = renderBreak(
      { exercises: [{ exerciseId: 'ball-glute-wall', holdSeconds: [45, 45] }] },
      vi.fn((_result: BreakResult): undefined => undefined),
      {
        // As main answers: one step from this break's 45 s, a changed answer replacing it.
        rateEffort: (request) => {
          rated.push(request);
          return request.effort === 'too-much'
            ? { nextSeconds: 30, changed: true }
            : { nextSeconds: 45, changed: false };
        },
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.queryByRole('group', { name: 'How was that?' })).toBeNull();
    await pass(6);
    await user.click(screen.getByRole('button', { name: 'Too much' }));
    expect(await screen.findByText(/Next time: 30 s\. Lean in less/)).toBeInTheDocument();
    expect(rated).toEqual([
      { promptId: 'prompt-1', exerciseId: 'ball-glute-wall', effort: 'too-much' },
    ]);
    expect(screen.getByRole('button', { name: 'Too much' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // A changed answer in the same break is sent for the same break, and replaces the first.
    await user.click(screen.getByRole('button', { name: 'About right' }));
    expect(await screen.findByText('Next time stays at 45 s.')).toBeInTheDocument();
    expect(rated).toEqual([
      { promptId: 'prompt-1', exerciseId: 'ball-glute-wall', effort: 'too-much' },
      { promptId: 'prompt-1', exerciseId: 'ball-glute-wall', effort: 'right' },
    ]);
    expect(screen.getByRole('button', { name: 'About right' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Too much' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
