import { describe, expect, it } from 'vitest';
import {
  captureDevicesToFocus,
  createMacCaptureSource,
  fourCharCode,
} from '../../../src/main/platform/focus-macos';
import { readCaptureDevices } from '../../../src/main/platform/focus-macos-native';

/** Issue 15 §1: the macOS camera and microphone source, with the native reads answered here. */

describe('captureDevicesToFocus', () => {
  it('any camera or microphone running somewhere is a call', () => {
    expect(captureDevicesToFocus({ cameras: [false, true], microphones: [false] })).toBe('call');
    expect(captureDevicesToFocus({ cameras: [false], microphones: [true] })).toBe('call');
    expect(captureDevicesToFocus({ cameras: null, microphones: [true] })).toBe('call');
  });

  it('none running is none; no devices at all is still an answer', () => {
    expect(captureDevicesToFocus({ cameras: [false], microphones: [false, false] })).toBe('none');
    expect(captureDevicesToFocus({ cameras: [], microphones: [] })).toBe('none');
  });

  it('neither framework answering is no answer', () => {
    expect(captureDevicesToFocus({ cameras: null, microphones: null })).toBeNull();
  });
});

describe('fourCharCode', () => {
  it('spells selectors as CoreAudio does', () => {
    expect(fourCharCode('gone')).toBe(0x676f6e65);
    expect(fourCharCode('dev#')).toBe(0x64657623);
    expect(fourCharCode('glob')).toBe(0x676c6f62);
    expect(() => fourCharCode('toolong')).toThrow(/four-character/);
  });
});

describe('createMacCaptureSource', () => {
  it('translates the native answer, and a throwing native is no answer', async () => {
    const on = createMacCaptureSource({
      readCaptureDevices: () => Promise.resolve({ cameras: [true], microphones: null }),
    });
    await expect(on.read()).resolves.toBe('call');
    const broken = createMacCaptureSource({
      readCaptureDevices: () => Promise.reject(new Error('boom')),
    });
    await expect(broken.read()).resolves.toBeNull();
  });
});

describe.skipIf(process.platform === 'darwin')('the native side off macOS', () => {
  it('CoreAudio and CoreMediaIO do not load: source unavailable, no crash', async () => {
    await expect(readCaptureDevices()).resolves.toEqual({ cameras: null, microphones: null });
  });
});
