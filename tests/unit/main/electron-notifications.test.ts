import { describe, expect, it } from 'vitest';
import type { NotificationConstructorOptions } from 'electron';
import {
  createElectronNotifier,
  type NativeNotice,
} from '../../../src/main/platform/electron-notifications';
import type { NoticeResponse } from '../../../src/main/ports';

type Listener = (...args: never[]) => void;

/** Records what reaches Electron's Notification and lets the test fire its events. */
function recordingNotices() {
  const made: {
    options: NotificationConstructorOptions;
    shown: boolean;
    emit: (event: string, ...args: unknown[]) => void;
  }[] = [];
  const create = (options: NotificationConstructorOptions): NativeNotice => {
    const listeners = new Map<string, Listener[]>();
    const record = {
      options,
      shown: false,
      emit: (event: string, ...args: unknown[]) => {
        for (const listener of listeners.get(event) ?? [])
          (listener as (...a: unknown[]) => void)(...args);
      },
    };
    made.push(record);
    return {
      on: (event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return undefined;
      },
      show: () => (record.shown = true),
    } as NativeNotice;
  };
  return { made, create };
}

const NOTICE = { title: 'Posture break in 1 minute', body: 'b', actions: ['Snooze', 'Start now'] };

describe('Electron notices (macOS)', () => {
  it('shows the buttons and answers with the one pressed, once', () => {
    const { made, create } = recordingNotices();
    const answers: NoticeResponse[] = [];
    const notifier = createElectronNotifier({ create });
    notifier.show(NOTICE, (response) => answers.push(response));
    expect(made[0]?.options.actions).toEqual([
      { type: 'button', text: 'Snooze' },
      { type: 'button', text: 'Start now' },
    ]);
    expect(made[0]?.shown).toBe(true);
    expect(notifier.live).toBe(1);
    made[0]?.emit('action', { actionIndex: 1 });
    made[0]?.emit('close');
    expect(answers).toEqual([{ type: 'action', action: 'Start now' }]);
    expect(notifier.live).toBe(0);
  });

  it('reads a click as "open the break" and a close as dismissed', () => {
    const { made, create } = recordingNotices();
    const answers: NoticeResponse[] = [];
    const notifier = createElectronNotifier({ create });
    notifier.show(NOTICE, (response) => answers.push(response));
    notifier.show(NOTICE, (response) => answers.push(response));
    made[0]?.emit('click');
    made[1]?.emit('close');
    expect(answers).toEqual([{ type: 'click' }, { type: 'dismissed' }]);
  });

  it('shows no buttons when nobody listens, and logs a notice that failed', () => {
    const { made, create } = recordingNotices();
    const lines: string[] = [];
    const notifier = createElectronNotifier({ create, log: (line) => lines.push(line) });
    notifier.show(NOTICE);
    expect(made[0]?.options.actions).toEqual([]);
    made[0]?.emit('failed', {}, 'not authorised');
    expect(lines).toEqual([expect.stringContaining('not authorised')]);
    expect(notifier.live).toBe(0);
  });
});
