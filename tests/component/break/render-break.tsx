import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { BreakView } from '../../../src/renderer/break/BreakView';
import { ApiContext } from '../../../src/renderer/common/api';
import { getBreakExercises } from '../../../src/core/break-exercises';
import type { BreakPrompt, BreakResult, PlannedExercise } from '../../../src/shared/domain';
import { EXERCISES } from '../../../src/shared/exercises';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { createFakeApi } from '../fake-api';

/**
 * A prompt for `plans`, carrying what main sends with it: the planned catalogue
 * exercises and their swap candidates (every catalogue exercise allowed), from the
 * real catalogue. `rest` overrides any field, `catalogue` too.
 */
export function promptWith(plans: PlannedExercise[], rest: Partial<BreakPrompt> = {}): BreakPrompt {
  return {
    id: 'prompt-1',
    kind: 'posture',
    openedAt: Date.UTC(2026, 10, 23, 9, 30),
    exercises: plans,
    strict: false,
    snoozesLeft: 2,
    sound: { enabled: true, volume: 0.5 },
    catalogue: getBreakExercises(plans, EXERCISES, EXERCISES),
    ...rest,
  };
}

/** Neck side bend on both sides, then a one-sided upper-back extension: 90 s in all. */
export const prompt: BreakPrompt = promptWith([
  { exerciseId: 'neck-side-bend', holdSeconds: [30, 30] },
  { exerciseId: 'chair-thoracic-extension', holdSeconds: [30] },
]);

/**
 * Renders the break view over a typed fake of `window.unknot`, with a user on fake timers.
 * The prompt carries the catalogue exercises for its plans unless `overrides` says otherwise.
 */
export function renderBreak(
  overrides: Partial<BreakPrompt> = {},
  finish = vi.fn((_result: BreakResult): undefined => undefined),
  more: Partial<InvokeHandlers> = {},
) {
  const fake = createFakeApi({
    getBreak: () => promptWith(overrides.exercises ?? prompt.exercises, overrides),
    finishBreak: finish,
    ...more,
  });
  render(
    <ApiContext.Provider value={fake.api}>
      <BreakView />
    </ApiContext.Provider>,
  );
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  return { fake, finish, user };
}

/** Lets `seconds` of the routine pass. */
export async function wait(seconds: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(seconds * 1000);
}
