import { describe, expect, it } from 'vitest';
import {
  getDimOverlayStyle,
  isDimOverlaySupported,
  type DimSupportInput,
} from '../../../src/main/platform/dim-support';
import { findCookie, parseDisplay } from '../../../src/main/platform/x11-selection';

const x11 = { platform: 'linux', sessionType: 'x11', waylandDisplay: undefined } as const;

describe('where the dim overlay is offered', () => {
  it('on Windows and macOS always; on X11 only while a compositing manager runs', () => {
    const cases: [DimSupportInput, boolean][] = [
      [{ ...x11, platform: 'win32', x11Compositor: null }, true],
      [{ ...x11, platform: 'darwin', x11Compositor: null }, true],
      [{ ...x11, x11Compositor: true }, true],
      // No compositor: a transparent window is drawn black.
      [{ ...x11, x11Compositor: false }, false],
      // The X server could not be asked: no promise of dimming.
      [{ ...x11, x11Compositor: null }, false],
      [{ ...x11, sessionType: undefined, x11Compositor: true }, true],
    ];
    for (const [input, expected] of cases) {
      expect(isDimOverlaySupported(input), JSON.stringify(input)).toBe(expected);
    }
  });

  it('never on Wayland, whatever XWayland says about compositing', () => {
    expect(isDimOverlaySupported({ ...x11, sessionType: 'wayland', x11Compositor: true })).toBe(
      false,
    );
    expect(
      isDimOverlaySupported({
        ...x11,
        sessionType: 'tty',
        waylandDisplay: 'wayland-0',
        x11Compositor: true,
      }),
    ).toBe(false);
    expect(isDimOverlaySupported({ ...x11, platform: 'freebsd', x11Compositor: true })).toBe(false);
  });

  it('dims by opacity where the OS has it, by a transparent window elsewhere', () => {
    expect(getDimOverlayStyle('win32')).toBe('opacity');
    expect(getDimOverlayStyle('darwin')).toBe('opacity');
    expect(getDimOverlayStyle('linux')).toBe('transparent');
  });
});

describe('the X11 display and its cookie', () => {
  it('reads DISPLAY as a socket or a TCP port, with its screen', () => {
    expect(parseDisplay(':0')).toEqual({ path: '/tmp/.X11-unix/X0', number: '0', screen: 0 });
    expect(parseDisplay('unix:1.2')).toMatchObject({ path: '/tmp/.X11-unix/X1', screen: 2 });
    expect(parseDisplay('localhost:10.0')).toMatchObject({ host: 'localhost', port: 6010 });
    expect(parseDisplay(undefined)).toBeNull();
    expect(parseDisplay('wayland-0')).toBeNull();
  });

  it("finds the display's MIT-MAGIC-COOKIE-1 in an Xauthority file", () => {
    const entry = (number: string, name: string, data: Buffer): Buffer => {
      const field = (value: Buffer) => {
        const length = Buffer.alloc(2);
        length.writeUInt16BE(value.length);
        return Buffer.concat([length, value]);
      };
      return Buffer.concat([
        Buffer.from([1, 0]),
        field(Buffer.from('host')),
        field(Buffer.from(number)),
        field(Buffer.from(name)),
        field(data),
      ]);
    };
    const cookie = Buffer.from('0123456789abcdef');
    const file = Buffer.concat([
      entry('0', 'MIT-MAGIC-COOKIE-1', Buffer.from('not this one....')),
      entry('99', 'XDM-AUTHORIZATION-1', Buffer.from('nor this')),
      entry('99', 'MIT-MAGIC-COOKIE-1', cookie),
    ]);
    expect(findCookie(file, '99')).toEqual(cookie);
    expect(findCookie(file, '7')).toBeNull();
    // A file cut short is read as far as it goes.
    expect(findCookie(file.subarray(0, file.length - 5), '99')).toBeNull();
  });
});
