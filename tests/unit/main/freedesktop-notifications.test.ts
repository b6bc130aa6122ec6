import { describe, expect, it } from 'vitest';
import type { DbusCall, DbusSession, DbusSignal } from '../../../src/main/platform/dbus-session';
import {
  createFreedesktopNotifier,
  toActionResponse,
  toNotifyActions,
} from '../../../src/main/platform/freedesktop-notifications';
import type { NoticeResponse } from '../../../src/main/ports';

/** A session that answers Notify with increasing ids and lets the test send signals. */
function fakeSession(fail = false) {
  const calls: DbusCall[] = [];
  let hear: (signal: DbusSignal) => void = () => undefined;
  let nextId = 41;
  const session: DbusSession = {
    call: (call) => {
      calls.push(call);
      return fail ? Promise.reject(new Error('ServiceUnknown')) : Promise.resolve([(nextId += 1)]);
    },
    onSignal: (_match, handler) => {
      hear = handler;
      return () => (hear = () => undefined);
    },
    subscribe: () => Promise.reject(new Error('not used by the notifier')),
    connectionsOpened: 1,
    close: () => undefined,
  };
  return { session, calls, signal: (signal: DbusSignal) => hear(signal) };
}

const NOTICE = { title: 'Posture break in 1 minute', body: 'b', actions: ['Snooze', 'Start now'] };

describe('org.freedesktop.Notifications client', () => {
  it('passes the buttons as key/label pairs, with a click as the default action', () => {
    expect(toNotifyActions(['Snooze', 'Start now'])).toEqual([
      'default',
      'Open',
      'Snooze',
      'Snooze',
      'Start now',
      'Start now',
    ]);
    expect(toActionResponse('default', ['Snooze'])).toEqual({ type: 'click' });
    expect(toActionResponse('Snooze', ['Snooze'])).toEqual({ type: 'action', action: 'Snooze' });
    expect(toActionResponse('inline-reply', ['Snooze'])).toEqual({ type: 'dismissed' });
  });

  it('calls Notify with the spec signature and answers only its own notice, once', async () => {
    const { session, calls, signal } = fakeSession();
    const answers: NoticeResponse[] = [];
    const notifier = createFreedesktopNotifier({
      session,
      appName: 'Unknot',
      desktopEntry: 'app.unknot.desktop',
    });
    notifier.show(NOTICE, (response) => answers.push(response));
    await expect.poll(() => notifier.pending).toBe(1);
    expect(calls[0]).toMatchObject({ member: 'Notify', signature: 'susssasa{sv}i' });
    expect(calls[0]?.body?.slice(0, 6)).toEqual([
      'Unknot',
      0,
      '',
      NOTICE.title,
      NOTICE.body,
      toNotifyActions(NOTICE.actions),
    ]);
    signal({ member: 'ActionInvoked', body: [7, 'Snooze'] }); // another app's notice
    signal({ member: 'ActionInvoked', body: [42, 'Snooze'] });
    signal({ member: 'NotificationClosed', body: [42, 2] });
    expect(answers).toEqual([{ type: 'action', action: 'Snooze' }]);
    expect(notifier.pending).toBe(0);
  });

  it('answers nothing when a notice expires, "dismissed" when the person closes it', async () => {
    const { session, signal } = fakeSession();
    const answers: NoticeResponse[] = [];
    const notifier = createFreedesktopNotifier({ session, appName: 'Unknot' });
    notifier.show(NOTICE, (response) => answers.push(response));
    notifier.show(NOTICE, (response) => answers.push(response));
    await expect.poll(() => notifier.pending).toBe(2);
    signal({ member: 'NotificationClosed', body: [42, 1] });
    signal({ member: 'NotificationClosed', body: [43, 2] });
    expect(answers).toEqual([{ type: 'dismissed' }]);
  });

  it('logs one line when no notification service answers, and keeps going', async () => {
    const { session } = fakeSession(true);
    const lines: string[] = [];
    const notifier = createFreedesktopNotifier({
      session,
      appName: 'Unknot',
      log: (l) => lines.push(l),
    });
    notifier.show(NOTICE, () => undefined);
    notifier.show(NOTICE, () => undefined);
    await expect.poll(() => notifier.failures).toBe(2);
    expect(lines).toEqual([expect.stringContaining('ServiceUnknown')]);
  });
});
