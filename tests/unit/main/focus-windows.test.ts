import { describe, expect, it } from 'vitest';
import {
  createWindowsCaptureSource,
  createWindowsNotificationSource,
  isDeviceInUse,
  notificationStateToFocus,
  parseConsentStore,
  QUNS,
  type WindowsNative,
} from '../../../src/main/platform/focus-windows';
import {
  queryNotificationState,
  readConsentStore,
} from '../../../src/main/platform/focus-windows-native';

/** Issue 15 §1: the Windows sources' translation, with the native calls answered here. */

const STORE =
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam';

/** What `reg query … /s` prints: a key line per app, its values indented under it. */
function regOutput(rows: { app: string; start?: string; stop?: string }[]): string {
  const blocks = rows.map(({ app, start, stop }) =>
    [
      `${STORE}\\${app}`,
      '    Value    REG_SZ    Allow',
      ...(start ? [`    LastUsedTimeStart    REG_QWORD    ${start}`] : []),
      ...(stop ? [`    LastUsedTimeStop    REG_QWORD    ${stop}`] : []),
      '',
    ].join('\r\n'),
  );
  return [`${STORE}`, '    Value    REG_SZ    Allow', '', ...blocks].join('\r\n');
}

describe('notificationStateToFocus', () => {
  it.each([
    [QUNS.BUSY, 'fullscreen'],
    [QUNS.RUNNING_D3D_FULL_SCREEN, 'fullscreen'],
    [QUNS.APP, 'fullscreen'],
    [QUNS.PRESENTATION_MODE, 'presenting'],
    [QUNS.QUIET_TIME, 'dnd'],
    [QUNS.ACCEPTS_NOTIFICATIONS, 'none'],
    [QUNS.NOT_PRESENT, 'none'],
  ] as const)('code %i is %s', (code, focus) => {
    expect(notificationStateToFocus(code)).toBe(focus);
  });

  it('an unknown code or a failed call is no answer', () => {
    expect(notificationStateToFocus(0)).toBeNull();
    expect(notificationStateToFocus(99)).toBeNull();
    expect(notificationStateToFocus(null)).toBeNull();
  });
});

describe('the consent store', () => {
  it('reads each app row, packaged and not', () => {
    const rows = parseConsentStore(
      regOutput([
        {
          app: 'Microsoft.WindowsCamera_8wekyb3d8bbwe',
          start: '0x1d9a1b2c3d4e5f6',
          stop: '0x1d9a1b2c3d4e5f7',
        },
        {
          app: 'NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe',
          start: '0x1d9a1b2c3d4e5f6',
          stop: '0x0',
        },
      ]),
    );
    expect(rows.map((row) => row.lastUsedTimeStop)).toEqual([null, 0x1d9a1b2c3d4e5f7n, 0n]);
    expect(rows[2]?.app).toMatch(/Zoom\.exe$/);
  });

  it('in use when an app started and its stop time is 0', () => {
    const inUse = regOutput([{ app: 'Zoom.exe', start: '0x1d9a1b2c3d4e5f6', stop: '0x0' }]);
    const stopped = regOutput([
      { app: 'Zoom.exe', start: '0x1d9a1b2c3d4e5f6', stop: '0x1d9a1b2c3d4e5f9' },
    ]);
    const neverUsed = regOutput([{ app: 'Teams', stop: '0x0' }, { app: 'Skype' }]);
    expect(isDeviceInUse(parseConsentStore(inUse))).toBe(true);
    expect(isDeviceInUse(parseConsentStore(stopped))).toBe(false);
    expect(isDeviceInUse(parseConsentStore(neverUsed))).toBe(false);
    expect(isDeviceInUse(parseConsentStore(''))).toBe(false);
  });
});

function native(state: number | null, stores: Partial<Record<'webcam' | 'microphone', string>>) {
  const answer: WindowsNative = {
    queryNotificationState: () => Promise.resolve(state),
    readConsentStore: (device) => Promise.resolve(stores[device] ?? null),
  };
  return answer;
}

describe('the Windows sources', () => {
  it('the notification state source answers the translated code', async () => {
    await expect(
      createWindowsNotificationSource(native(QUNS.PRESENTATION_MODE, {})).read(),
    ).resolves.toBe('presenting');
    await expect(createWindowsNotificationSource(native(null, {})).read()).resolves.toBeNull();
  });

  it('a microphone in use is a call even when the camera is off', async () => {
    const off = regOutput([{ app: 'Zoom.exe', start: '0x1', stop: '0x2' }]);
    const on = regOutput([{ app: 'Zoom.exe', start: '0x1', stop: '0x0' }]);
    const source = createWindowsCaptureSource(native(null, { webcam: off, microphone: on }));
    await expect(source.read()).resolves.toBe('call');
    await expect(createWindowsCaptureSource(native(null, { webcam: off })).read()).resolves.toBe(
      'none',
    );
    await expect(createWindowsCaptureSource(native(null, {})).read()).resolves.toBeNull();
  });
});

describe.skipIf(process.platform === 'win32')('the native side off Windows', () => {
  it('shell32 does not load: source unavailable, no crash', async () => {
    await expect(queryNotificationState()).resolves.toBeNull();
  });

  it('no reg.exe: source unavailable, no crash', async () => {
    await expect(readConsentStore('webcam')).resolves.toBeNull();
  });
});
