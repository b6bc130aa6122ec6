import { execFileSync } from 'node:child_process';
import notifier from 'node-notifier';
import { describe, expect, it } from 'vitest';
import { getBreakNoticeText } from '../../src/core/notice-text';
import { formatNotice } from '../../src/main/i18n';
import { createDesktopNotifier, type NotifierBackend } from '../../src/main/platform/notifications';
import { failInCi, getNotificationDaemonSkip } from '../support/desktop-session';
import { announceSkip } from '../support/skip-notice';

const skip = failInCi('notifications', getNotificationDaemonSkip());
announceSkip('notifications (node-notifier → dunst)', skip);

interface DunstHistory {
  data: { summary: { data: string }; body: { data: string }; appname: { data: string } }[][];
}

function dunstHistory(): DunstHistory['data'][number] {
  const parsed = JSON.parse(
    execFileSync('dunstctl', ['history'], { encoding: 'utf8' }),
  ) as DunstHistory;
  return parsed.data.flat();
}

/** Waits until notify-send has handed the notice over (the callback runs when it exits). */
function sendAndWait(title: string, body: string): Promise<number> {
  let failures = 0;
  const backend: NotifierBackend = {
    notify: (options, callback) =>
      (notifier as unknown as NotifierBackend).notify(options, (error, response, metadata) => {
        callback(error, response, metadata);
        done(error);
      }),
  };
  let done: (error: Error | null) => void = () => undefined;
  return new Promise((resolve, reject) => {
    done = (error) => (error ? reject(error) : resolve(failures));
    const desktop = createDesktopNotifier({
      appName: 'Unknot',
      backend,
      log: () => (failures += 1),
    });
    desktop.show({ title, body });
  });
}

describe.skipIf(skip !== null)(
  `notifications reach a real daemon${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    it('sends the pre-break notice through node-notifier and reads it back from dunst', async () => {
      const text = formatNotice(
        getBreakNoticeText({ kind: 'posture', inSeconds: 60, canSnooze: true }, false),
      ).notice;
      const title = `${text.title} · ${process.pid}-${Math.random().toString(36).slice(2)}`;
      await sendAndWait(title, text.body);
      // Closing moves displayed notices into the history, where dunstctl can list them.
      await expect
        .poll(
          () => {
            execFileSync('dunstctl', ['close-all']);
            return dunstHistory().find((entry) => entry.summary.data === title) ?? null;
          },
          { timeout: 10_000, interval: 200 },
        )
        .toMatchObject({
          summary: { data: title },
          body: { data: text.body },
          appname: { data: 'Unknot' },
        });
    });
  },
);

describe('notifications without a service', () => {
  it('logs one line and keeps going when notify-send fails', () => {
    const lines: string[] = [];
    const failing: NotifierBackend = {
      notify: (_options, callback) => callback(new Error('Cannot autolaunch D-Bus'), ''),
    };
    const desktop = createDesktopNotifier({
      appName: 'Unknot',
      backend: failing,
      log: (l) => lines.push(l),
    });
    desktop.show({ title: 'a', body: 'b' });
    desktop.show({ title: 'c', body: 'd' });
    expect(desktop.failures).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Cannot autolaunch D-Bus');
  });
});
