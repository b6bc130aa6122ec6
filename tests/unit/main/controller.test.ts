import { describe, expect, it } from 'vitest';
import { createEngineState } from '../../../src/core/engine';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { buildTooltip } from '../../../src/core/tray-menu';
import { formatLines } from '../../../src/main/i18n';
import { createController } from '../../../src/main/controller';
import { createRecordingShell } from '../../support/recording-shell';

describe('controller', () => {
  it("arms one timer at core's wake-up and samples idle time when it fires", async () => {
    const shell = createRecordingShell();
    const controller = createController(
      shell.ports,
      createEngineState(getDefaultSettings(), { timeZone: 'UTC', postureEverySeconds: 10 }),
    );
    await controller.start();
    // A notice at once (the 60 s lead is longer than the interval), the break at 10 s.
    expect(shell.calls.showNotice).toEqual([{ kind: 'posture', inSeconds: 10, canSnooze: true }]);
    expect(shell.timerAt()).toBe(10_000);
    await shell.advance(10_000);
    expect(shell.calls.openBreakWindow).toHaveLength(1);
    expect(controller.getStatus().phase).toBe('due');
    // Typing goes on: the window takes focus when the 30 s grace period ends.
    await shell.advance(30_000);
    expect(shell.calls.focusBreakWindow).toHaveLength(1);
    expect(controller.getStatus().phase).toBe('inBreak');
    // Next look: whether the person left (no input for the break's 60 s plus 3 minutes).
    expect(shell.timerAt()).toBe(40_000 + 4 * 60_000);
  });

  it('logs the result, closes the window and re-arms the timer after a break', async () => {
    const shell = createRecordingShell();
    const controller = createController(
      shell.ports,
      createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
    );
    await controller.start();
    controller.dispatch({ type: 'startBreakNow' });
    const prompt = controller.getPrompt();
    expect(prompt).not.toBeNull();
    expect(prompt).not.toHaveProperty('boutSeconds');
    controller.dispatch({
      type: 'finishBreak',
      result: { promptId: prompt?.id ?? '', outcome: 'skipped', exercises: [] },
    });
    expect(shell.calls.appendLog).toMatchObject([{ outcome: 'skipped' }]);
    expect(shell.calls.closeBreakWindow).toHaveLength(1);
    expect(shell.timerAt()).not.toBeNull();
    // A skipped break leaves the person sitting; the interval starts again.
    expect(shell.calls.broadcast.at(-1)).toMatchObject(['status', { phase: 'sitting' }]);
  });

  it('does nothing after stop', async () => {
    const shell = createRecordingShell();
    const controller = createController(
      shell.ports,
      createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
    );
    await controller.start();
    controller.stop();
    controller.dispatch({ type: 'startBreakNow' });
    expect(shell.calls.openBreakWindow).toHaveLength(0);
    expect(shell.timerAt()).toBeNull();
  });
});

describe('controller: what the tray shows', () => {
  it('gives the tooltip the sitting time and the time to the next break', async () => {
    const shell = createRecordingShell();
    const controller = createController(
      shell.ports,
      createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
    );
    await controller.start();
    await shell.advance(12 * 60_000);
    const status = shell.calls.showStatus.at(-1);
    if (!status) throw new Error('no status shown');
    const wall = shell.ports.now().wall;
    expect(formatLines(buildTooltip(status, wall))).toBe(
      'Unknot — sitting 12 min · next break in 18 min',
    );
    controller.dispatch({ type: 'pause', length: { minutes: 30 } });
    expect(formatLines(buildTooltip(controller.getStatus(), wall))).toBe(
      'Unknot — paused, resumes in 30 min',
    );
  });

  it('feeds lock and unlock to the engine as system events', async () => {
    const shell = createRecordingShell();
    const controller = createController(
      shell.ports,
      createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
    );
    await controller.start();
    await shell.advance(10 * 60_000);
    controller.dispatch({ type: 'system', event: 'lock' });
    await shell.advance(60 * 60_000);
    expect(controller.getStatus().phase).toBe('away');
    // Nothing wakes during a long lock once the absence is settled.
    expect(shell.timerAt()).toBeNull();
    controller.dispatch({ type: 'system', event: 'unlock' });
    expect(controller.getStatus()).toMatchObject({ phase: 'sitting', sittingSeconds: 0 });
  });
});
