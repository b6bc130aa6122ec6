import { describe, expect, it } from 'vitest';
import { durableWrites } from '../../../src/main/platform/durable-file';
import { createMainServices } from '../../../src/main/services';
import { ipcContract } from '../../../src/shared/ipc';
import type { BreakPrompt } from '../../../src/shared/domain';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const MINUTE = 60_000;

/** Starts the real services over `dir`, sits 31 minutes, and opens the posture break. */
async function sitUntilBreak(dir: string, wall0 = Date.UTC(2026, 10, 25, 8)) {
  const shell = createRecordingShell({ wall0 });
  const main = createMainServices({ dataDir: dir, shell: shell.ports, timeZone: 'UTC' });
  await main.controller.start();
  await shell.advance(31 * MINUTE);
  const prompt = shell.calls.openBreakWindow.at(-1) as BreakPrompt;
  expect(prompt).toBeDefined();
  return { shell, main, prompt };
}

describe('one write per break end', () => {
  it('logs the prompt, its bout and the engine state in one fsynced append', async () => {
    const dir = tempDir();
    const { main, prompt } = await sitUntilBreak(dir);
    const before = durableWrites.count;
    await main.router.handle(
      ipcContract.invoke.finishBreak.channel,
      {
        promptId: prompt.id,
        outcome: 'completed',
        exercises: prompt.exercises.map((e) => ({
          exerciseId: e.exerciseId,
          heldSeconds: e.holdSeconds,
        })),
      },
      'break',
    );
    expect(durableWrites.count - before).toBe(1);
    const today = main.logStore.getDayEntry('2026-11-25');
    expect(today?.outcomes.completed).toBe(1);
    expect(today?.sittingSeconds).toBeGreaterThan(25 * 60);
  });

  it('restarts from the state the last break end logged, not an older engine-state.json', async () => {
    const dir = tempDir();
    const { main, prompt } = await sitUntilBreak(dir);
    await main.router.handle(
      ipcContract.invoke.finishBreak.channel,
      { promptId: prompt.id, outcome: 'snoozed', exercises: [] },
      'break',
    );
    main.controller.stop();
    const restarted = createMainServices({
      dataDir: dir,
      shell: createRecordingShell({ wall0: Date.UTC(2026, 10, 25, 9) }).ports,
      timeZone: 'UTC',
    });
    // The snooze was written to the journal only; the restart still knows one was used.
    expect(restarted.logStore.getLatestEngineState()?.engine.snoozeCount).toBe(1);
    expect(restarted.engineStateStore.saved?.snoozeCount ?? 0).toBe(0);
  });
});
