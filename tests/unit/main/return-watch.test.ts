import { describe, expect, it } from 'vitest';
import { createEngineState } from '../../../src/core/engine';
import { RETURN_WATCH_REARM_MS } from '../../../src/core/wake-watch';
import { createController } from '../../../src/main/controller';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { createRecordingShell, settle } from '../../support/recording-shell';

const MINUTE = 60_000;

/** A controller whose person last touched the keyboard at `input.at`, with a fake watch. */
function setUp() {
  const input = { at: 0 };
  const shell = createRecordingShell({
    idleSeconds: () => (shell.ports.now().mono - input.at) / 1000,
  });
  const watches: { onReturn: () => void; cancelled: boolean }[] = [];
  shell.ports.watchReturn = (onReturn) => {
    // A watch fires once (as Mutter's do): firing ends it.
    const watch = {
      onReturn: () => {
        watch.cancelled = true;
        onReturn();
      },
      cancelled: false,
    };
    watches.push(watch);
    return () => (watch.cancelled = true);
  };
  const controller = createController(
    shell.ports,
    createEngineState(getDefaultSettings(), { timeZone: 'UTC' }),
  );
  const live = () => watches.filter((watch) => !watch.cancelled);
  return { input, shell, controller, watches, live };
}

describe('the return watch while away', () => {
  it('arms one watch once the person is away, and hears the return at once', async () => {
    const { input, shell, controller, watches, live } = setUp();
    await controller.start();
    expect(watches).toHaveLength(0);
    // No input from minute 1: away once the idle time says so, then settled.
    input.at = MINUTE;
    await shell.advance(40 * MINUTE);
    expect(controller.getStatus().phase).toBe('away');
    expect(live()).toHaveLength(1);
    // The looks have backed off to minutes apart; the return comes between two of them.
    const nextLook = shell.timerAt() ?? 0;
    expect(nextLook - shell.ports.now().mono).toBeGreaterThanOrEqual(5 * MINUTE);
    await shell.advance(2 * MINUTE);
    input.at = shell.ports.now().mono;
    live()[0]?.onReturn();
    await settle();
    expect(controller.getStatus()).toMatchObject({ phase: 'sitting', sittingSeconds: 0 });
    // Back at the desk, no watch is wanted and none is armed again.
    expect(watches).toHaveLength(1);
  });

  it('cancels the watch on lock (unlocking wakes anyway) and on stop', async () => {
    const { input, shell, controller, live } = setUp();
    await controller.start();
    input.at = MINUTE;
    await shell.advance(30 * MINUTE);
    expect(live()).toHaveLength(1);
    controller.dispatch({ type: 'system', event: 'lock' });
    expect(live()).toHaveLength(0);
    controller.dispatch({ type: 'system', event: 'unlock' });
    await settle();
    controller.stop();
    expect(live()).toHaveLength(0);
  });

  it('arms again, not at once, when a watch fired but the idle time says still away', async () => {
    const { input, shell, controller, watches, live } = setUp();
    await controller.start();
    input.at = MINUTE;
    await shell.advance(30 * MINUTE);
    // A stray signal: the idle time still says 29 minutes.
    live()[0]?.onReturn();
    await settle();
    expect(controller.getStatus().phase).toBe('away');
    expect(watches).toHaveLength(1);
    await shell.advance(RETURN_WATCH_REARM_MS);
    controller.dispatch({ type: 'sample', idleSeconds: 29 * 60 + 1 });
    expect(live()).toHaveLength(1);
    expect(watches).toHaveLength(2);
    expect(input.at).toBe(MINUTE);
  });
});
