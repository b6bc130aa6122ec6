import { describe, expect, it } from 'vitest';
import { createEngineState } from '../../../src/core/engine';
import type { PersistedEngineState } from '../../../src/core/engine-types';
import type { AdherenceEvent } from '../../../src/shared/domain';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { createController } from '../../../src/main/controller';
import type { Ports } from '../../../src/main/ports';
import { createRecordingShell, settle } from '../../support/recording-shell';

/** Whatever an effect throws, the next timer is armed, the tray tells the truth, no write is lost. */

const MIN = 60_000;

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** A disk that refuses every write while `full` is true; what it accepted is kept. */
function createDisk() {
  const disk = {
    full: false,
    events: [] as AdherenceEvent[],
    states: [] as PersistedEngineState[],
  };
  const guard = (): void => {
    if (disk.full) throw enospc();
  };
  const ports: Pick<Ports, 'appendLog' | 'recordBout' | 'persistEngineState'> = {
    appendLog: (event) => {
      guard();
      disk.events.push(event);
    },
    recordBout: guard,
    persistEngineState: (state) => {
      guard();
      disk.states.push(state);
    },
  };
  return { disk, ports };
}

/** A person who finishes every break they are shown, one second after it opens. */
function setup() {
  const shell = createRecordingShell();
  const { disk, ports } = createDisk();
  const controller = createController(
    { ...shell.ports, ...ports },
    createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
  );
  const opened = (): number => shell.calls.openBreakWindow.length;
  const finishOpenBreak = (): void => {
    const prompt = controller.getPrompt();
    if (prompt)
      controller.dispatch({
        type: 'finishBreak',
        result: { promptId: prompt.id, outcome: 'completed', exercises: [] },
      });
  };
  const live = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += MIN) {
      await shell.advance(MIN);
      finishOpenBreak();
    }
  };
  return { shell, controller, disk, opened, live };
}

describe('controller under faults', () => {
  it('a full-disk engine-state write during Resume still gives breaks', async () => {
    const { shell, controller, disk, opened, live } = setup();
    await controller.start();
    controller.dispatch({ type: 'pause', length: 'indefinitely' });
    disk.full = true;
    controller.dispatch({ type: 'resume' });
    // The tray says what is true: no longer paused; and the timer is armed.
    expect(shell.calls.showStatus.at(-1)?.phase).not.toBe('paused');
    expect(shell.timerAt()).not.toBeNull();
    expect(shell.problems.list()).toEqual([
      expect.objectContaining({
        key: 'write:engine-state',
        message: { id: 'data.write.engineState', values: { cause: { id: 'data.cause.diskFull' } } },
      }),
    ]);
    await live(4 * 60 * MIN);
    // Healthy, four hours give 6 breaks or more (posture every 30, movement every 60).
    expect(opened()).toBeGreaterThanOrEqual(6);
    // Space comes back: the newest engine state lands at the next retry, the problem goes.
    disk.full = false;
    await live(10 * MIN);
    expect(disk.states.at(-1)).toMatchObject({ pausedUntil: null });
    expect(disk.events.length).toBeGreaterThanOrEqual(6);
    expect(shell.problems.list()).toEqual([]);
    expect(controller.waitingWrites()).toBe(0);
  });

  it('keeps failed log writes in order in memory and writes every one once space returns', async () => {
    const { controller, disk, live } = setup();
    await controller.start();
    disk.full = true;
    await live(3 * 60 * MIN);
    expect(disk.events).toEqual([]);
    expect(controller.waitingWrites()).toBeGreaterThanOrEqual(5);
    disk.full = false;
    await live(10 * MIN);
    expect(controller.waitingWrites()).toBe(0);
    const times = disk.events.map((event) => event.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(disk.events.map((event) => event.id)).size).toBe(disk.events.length);
    expect(disk.events.length).toBeGreaterThanOrEqual(5);
  });

  it('reports a break window that fails to open and keeps the timer going', async () => {
    const shell = createRecordingShell();
    let failing = true;
    const controller = createController(
      {
        ...shell.ports,
        openBreakWindow: () => {
          if (failing) throw new Error('window host gone');
        },
      },
      createEngineState(getDefaultSettings(), { timeZone: 'UTC', postureEverySeconds: 60 }),
    );
    await controller.start();
    await shell.advance(60_000);
    expect(shell.problems.list()).toEqual([expect.objectContaining({ key: 'effect:openBreak' })]);
    expect(shell.timerAt()).not.toBeNull();
    failing = false;
    controller.dispatch({ type: 'skip' });
    await shell.advance(2 * 60_000);
    expect(shell.problems.list()).toEqual([]);
  });

  it('reads idle time after a resume or unlock, as after a timer', async () => {
    let reads = 0;
    const shell = createRecordingShell({ idleSeconds: () => (reads++, 0) });
    const controller = createController(
      shell.ports,
      createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
    );
    await controller.start();
    const before = reads;
    controller.dispatch({ type: 'system', event: 'suspend' });
    controller.dispatch({ type: 'system', event: 'resume' });
    await settle();
    controller.dispatch({ type: 'system', event: 'unlock' });
    await settle();
    expect(reads - before).toBe(2);
    expect(controller.getStatus().phase).toBe('sitting');
  });

  it('treats an idle reading that fails as no idle source, and goes on', async () => {
    const shell = createRecordingShell();
    const controller = createController(
      {
        ...shell.ports,
        readIdleSeconds: () => Promise.reject(new Error('D-Bus went away')),
      },
      createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
    );
    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'sitting', idleAvailable: false });
    expect(shell.timerAt()).not.toBeNull();
  });
});
