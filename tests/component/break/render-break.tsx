import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { BreakView } from '../../../src/renderer/break/BreakView';
import { ApiContext } from '../../../src/renderer/common/api';
import type { BreakPrompt, BreakResult } from '../../../src/shared/domain';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { createFakeApi } from '../fake-api';

/** Neck side bend on both sides, then a one-sided upper-back extension: 90 s in all. */
export const prompt: BreakPrompt = {
  id: 'prompt-1',
  kind: 'posture',
  openedAt: Date.UTC(2026, 10, 23, 9, 30),
  exercises: [
    { exerciseId: 'neck-side-bend', holdSeconds: [30, 30] },
    { exerciseId: 'chair-thoracic-extension', holdSeconds: [30] },
  ],
  strict: false,
  snoozesLeft: 2,
  sound: { enabled: true, volume: 0.5 },
};

/** Renders the break view over a typed fake of `window.unknot`, with a user on fake timers. */
export function renderBreak(
  overrides: Partial<BreakPrompt> = {},
  finish = vi.fn((_result: BreakResult): undefined => undefined),
  more: Partial<InvokeHandlers> = {},
) {
  const fake = createFakeApi({
    getBreak: () => ({ ...prompt, ...overrides }),
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
