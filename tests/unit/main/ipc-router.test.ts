import { describe, expect, it, vi } from 'vitest';
import { createIpcRouter } from '../../../src/main/ipc-router';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { invokeNames, ipcContract } from '../../../src/shared/ipc';

/** Every channel answered by a mock, so new channels need no edit here. */
function handlers(): InvokeHandlers {
  const answerNothing = Object.fromEntries(
    invokeNames.map((name) => [name, vi.fn(() => undefined)]),
  ) as unknown as InvokeHandlers;
  return {
    ...answerNothing,
    getBreak: vi.fn(() => null),
    finishBreak: vi.fn(() => undefined),
    getStatus: vi.fn(() => ({
      phase: 'away' as const,
      sittingSeconds: 0,
      nextBreakAt: null,
      nextBreakKind: null,
      pausedUntil: null,
      idleAvailable: true,
    })),
  };
}

const FINISH = ipcContract.invoke.finishBreak.channel;
const valid = {
  promptId: 'p1',
  outcome: 'completed',
  exercises: [{ exerciseId: 'e', heldSeconds: [30, 30] }],
};

describe('ipc router', () => {
  it('registers one channel per contract entry', () => {
    expect(createIpcRouter(handlers()).channels).toHaveLength(
      Object.keys(ipcContract.invoke).length,
    );
  });

  it('runs the handler with the validated request and the sender window', async () => {
    const h = handlers();
    await createIpcRouter(h).handle(FINISH, valid, 'break');
    expect(h.finishBreak).toHaveBeenCalledWith(valid, { window: 'break' });
  });

  it('drops messages from unknown senders before any handler runs', async () => {
    const h = handlers();
    await expect(createIpcRouter(h).handle(FINISH, valid, null)).rejects.toThrow('unknown sender');
    expect(h.finishBreak).not.toHaveBeenCalled();
  });

  it('refuses a channel from a window it is not meant for', async () => {
    const h = handlers();
    await expect(createIpcRouter(h).handle(FINISH, valid, 'summary')).rejects.toThrow(
      'not allowed from the summary window',
    );
    expect(h.finishBreak).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong outcome', { ...valid, outcome: 'done' }],
    ['negative seconds', { ...valid, exercises: [{ exerciseId: 'e', heldSeconds: [-1] }] }],
    ['three sides', { ...valid, exercises: [{ exerciseId: 'e', heldSeconds: [1, 2, 3] }] }],
    ['no prompt id', { ...valid, promptId: '' }],
    ['not an object', 'completed'],
  ])('rejects %s with a clear message', async (_label, payload) => {
    const h = handlers();
    await expect(createIpcRouter(h).handle(FINISH, payload, 'break')).rejects.toThrow(
      'Invalid request for "finishBreak"',
    );
    expect(h.finishBreak).not.toHaveBeenCalled();
  });

  it('rejects unknown channels', async () => {
    await expect(
      createIpcRouter(handlers()).handle('unknot:nope', undefined, 'break'),
    ).rejects.toThrow('Unknown channel');
  });
});
