import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleOutcome } from '../../../src/core/routine-outcome';
import type { PlannedExercise } from '../../../src/shared/domain';
import { renderBreak, wait } from './render-break';

const pass = (seconds: number) => act(() => wait(seconds));

/** A strength set planned at 45 s: its shortest dose is 20 s, half its plan 22.5 s. */
const calfRaise: PlannedExercise = { exerciseId: 'calf-raise', holdSeconds: [45] };

describe('BreakView: the finish card says what main logs', { timeout: 20_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it.each([
    { held: 20, outcome: 'skipped', title: 'Maybe next time', logged: /Logged as skipped/ },
    { held: 23, outcome: 'completed', title: 'Well done', logged: /Logged as done\./ },
  ])(
    'Finish at $held s of a 45 s hold: the card and the log both say $outcome',
    async ({ held, outcome, title, logged }) => {
      const { user, finish } = renderBreak({ exercises: [calfRaise] });
      await user.click(await screen.findByRole('button', { name: 'Start' }));
      await user.keyboard('{Enter}'); // skips the get-ready moment
      await pass(held);
      // The shortest dose is reached: the set may end here ("release early").
      const primary = screen.getByRole('button', { name: 'Finish' });
      expect(primary).not.toHaveAttribute('aria-disabled');
      await user.click(primary);

      expect(screen.getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(screen.getByText(logged)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Done' }));
      const result = finish.mock.calls[0]?.[0];
      expect(result?.outcome).toBe(outcome);
      expect(result?.exercises[0]?.heldSeconds[0]).toBeGreaterThanOrEqual(held);
      // What main's engine makes of this result is exactly what the card said.
      if (result) expect(settleOutcome([calfRaise], result)).toBe(result.outcome);
    },
  );
});
