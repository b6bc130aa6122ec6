import { describe, expect, it } from 'vitest';
import {
  createDesktopNotifier,
  getNoticeBackend,
  getUnpackedPath,
  supportsNoticeActions,
  toNoticeResponse,
  type NotifierBackend,
} from '../../../src/main/platform/notifications';
import type { NoticeResponse } from '../../../src/main/ports';

const ACTIONS = ['Snooze', 'Start now'];

/** Records what would reach node-notifier and answers as the platform's notifier would. */
function recordingBackend(answer: { response: string; metadata?: Record<string, string> }) {
  const sent: Parameters<NotifierBackend['notify']>[0][] = [];
  const backend: NotifierBackend = {
    notify: (options, callback) => {
      sent.push(options);
      callback(null, answer.response, answer.metadata);
    },
  };
  return { backend, sent };
}

describe('notification responses', () => {
  it('reads a button from terminal-notifier (macOS) and SnoreToast (Windows)', () => {
    expect(
      toNoticeResponse(ACTIONS, 'activate', {
        activationType: 'actionClicked',
        activationValue: 'Snooze',
      }),
    ).toEqual({
      type: 'action',
      action: 'Snooze',
    });
    expect(toNoticeResponse(ACTIONS, 'buttonclicked', { button: 'Start now' })).toEqual({
      type: 'action',
      action: 'Start now',
    });
    expect(toNoticeResponse(ACTIONS, 'start now', undefined)).toEqual({
      type: 'action',
      action: 'Start now',
    });
  });

  it('reads a click on the notice body, and anything else as dismissed', () => {
    expect(toNoticeResponse(ACTIONS, 'activate', {})).toEqual({ type: 'click' });
    expect(toNoticeResponse(ACTIONS, 'activate', { activationType: 'contentsClicked' })).toEqual({
      type: 'click',
    });
    expect(toNoticeResponse(ACTIONS, 'timeout', {})).toEqual({ type: 'dismissed' });
  });

  it('shows buttons everywhere but on Linux without a session bus (notify-send has none)', () => {
    expect(supportsNoticeActions('darwin')).toBe(true);
    expect(supportsNoticeActions('win32')).toBe(true);
    expect(supportsNoticeActions('linux')).toBe(true);
    expect(supportsNoticeActions('linux', false)).toBe(false);
  });

  it('picks the platform API where node-notifier delivers no buttons', () => {
    expect(getNoticeBackend('linux', true)).toBe('freedesktop');
    expect(getNoticeBackend('linux', false)).toBe('node-notifier');
    // terminal-notifier is x86_64 only; Electron's Notification runs on Apple Silicon.
    expect(getNoticeBackend('darwin', false)).toBe('electron');
    expect(getNoticeBackend('win32', false)).toBe('node-notifier');
  });
});

describe('helper binaries in a packaged app', () => {
  it('points into app.asar.unpacked, and leaves unpackaged paths alone', () => {
    expect(
      getUnpackedPath(
        '/Applications/Unknot.app/Contents/Resources/app.asar/node_modules/node-notifier/vendor/x',
      ),
    ).toBe(
      '/Applications/Unknot.app/Contents/Resources/app.asar.unpacked/node_modules/node-notifier/vendor/x',
    );
    expect(getUnpackedPath('C:\\Unknot\\resources\\app.asar\\node_modules\\n\\s.exe')).toBe(
      'C:\\Unknot\\resources\\app.asar.unpacked\\node_modules\\n\\s.exe',
    );
    expect(getUnpackedPath('/work/node_modules/node-notifier/vendor/x')).toBe(
      '/work/node_modules/node-notifier/vendor/x',
    );
  });
});

describe('desktop notifier', () => {
  it('sends buttons and waits for the answer where the platform supports them', () => {
    const { backend, sent } = recordingBackend({
      response: 'activate',
      metadata: { activationValue: 'Snooze' },
    });
    const answers: NoticeResponse[] = [];
    createDesktopNotifier({ appName: 'Unknot', platform: 'darwin', backend }).show(
      { title: 'Posture break in 1 minute', body: 'b', actions: ACTIONS },
      (response) => answers.push(response),
    );
    expect(sent).toEqual([
      {
        title: 'Posture break in 1 minute',
        message: 'b',
        'app-name': 'Unknot',
        appID: 'Unknot',
        wait: true,
        actions: ACTIONS,
      },
    ]);
    expect(answers).toEqual([{ type: 'action', action: 'Snooze' }]);
  });

  it('sends Windows toasts as the installed app (its AppUserModelID)', () => {
    const { backend, sent } = recordingBackend({ response: 'timeout' });
    createDesktopNotifier({
      appName: 'Unknot',
      appId: 'app.unknot.desktop',
      platform: 'win32',
      backend,
    }).show({ title: 't', body: 'b', actions: ACTIONS }, () => undefined);
    expect(sent[0]).toMatchObject({ appID: 'app.unknot.desktop', actions: ACTIONS, wait: true });
  });

  it('sends a plain notice through notify-send and does not wait for it', () => {
    const { backend, sent } = recordingBackend({ response: '' });
    const answers: NoticeResponse[] = [];
    createDesktopNotifier({ appName: 'Unknot', platform: 'linux', backend }).show(
      { title: 't', body: 'b', actions: ACTIONS },
      (response) => answers.push(response),
    );
    expect(sent[0]).not.toHaveProperty('actions');
    expect(sent[0]?.wait).toBe(false);
    expect(answers).toEqual([]);
  });

  it('survives a notifier that throws, logging once', () => {
    const lines: string[] = [];
    const backend: NotifierBackend = {
      notify: () => {
        throw new Error('spawn notify-send ENOENT');
      },
    };
    const notifier = createDesktopNotifier({
      appName: 'Unknot',
      platform: 'linux',
      backend,
      log: (l) => lines.push(l),
    });
    expect(() => notifier.show({ title: 't', body: 'b' })).not.toThrow();
    notifier.show({ title: 't', body: 'b' });
    expect(lines).toEqual([expect.stringContaining('spawn notify-send ENOENT')]);
  });
});
