import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineInput } from '../../../src/core/engine-types';
import { getBreakNoticeText } from '../../../src/core/notice-text';
import { getReleaseLookAt, RELEASE_RETRY_MS } from '../../../src/core/release-session';
import { createReleaseScheduler } from '../../../src/main/release-scheduler';
import { english } from '../../../src/shared/i18n/translator';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';

const ZONE = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const on = (when: Settings['releaseSession']['at'] = 'endOfHours'): Settings => ({
  ...getDefaultSettings(),
  releaseSession: { enabled: true, at: when },
});

describe('when the shell looks for the release session', () => {
  it('at its time, every five minutes within its window, then at the start of tomorrow', () => {
    const settings = on();
    expect(
      getReleaseLookAt(getDefaultSettings(), at('2026-11-23T12:00:00+01:00'), ZONE),
    ).toBeNull();
    expect(getReleaseLookAt(settings, at('2026-11-23T12:00:00+01:00'), ZONE)).toBe(
      at('2026-11-23T17:30:00+01:00'),
    );
    const within = at('2026-11-23T18:00:00+01:00');
    expect(getReleaseLookAt(settings, within, ZONE)).toBe(within + RELEASE_RETRY_MS);
    expect(getReleaseLookAt(settings, at('2026-11-23T20:00:00+01:00'), ZONE)).toBe(
      at('2026-11-24T00:00:00+01:00'),
    );
    // The night the clocks go back is 25 hours long; tomorrow still starts at local midnight.
    expect(getReleaseLookAt(on('18:00'), at('2026-10-24T21:00:00+02:00'), ZONE)).toBe(
      at('2026-10-25T00:00:00+02:00'),
    );
  });
});

describe('release scheduler', () => {
  let wall = at('2026-11-23T17:00:00+01:00');
  beforeEach(() => {
    vi.useFakeTimers();
    wall = at('2026-11-23T17:00:00+01:00');
  });
  afterEach(() => vi.useRealTimers());

  function start(settings: Settings) {
    const sent: EngineInput[] = [];
    const listeners: ((s: Settings) => void)[] = [];
    let current = settings;
    const scheduler = createReleaseScheduler({
      dispatch: (input) => sent.push(input),
      getSettings: () => current,
      onSettingsChange: (listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      now: () => wall,
      timeZone: () => ZONE,
    });
    const advance = (ms: number) => {
      wall += ms;
      vi.advanceTimersByTime(ms);
    };
    const change = (next: Settings) => {
      current = next;
      listeners.forEach((listener) => listener(next));
    };
    return { sent, scheduler, advance, change };
  }

  it('asks the engine at start, at the session time and again within its window', () => {
    const { sent, scheduler, advance } = start(on());
    expect(sent).toHaveLength(1);
    expect(scheduler.nextAt()).toBe(at('2026-11-23T17:30:00+01:00'));
    advance(29 * 60_000);
    expect(sent).toHaveLength(1);
    advance(60_000);
    expect(sent).toHaveLength(2);
    advance(RELEASE_RETRY_MS);
    expect(sent).toHaveLength(3);
    expect(sent.every((input) => input.type === 'releaseCheck')).toBe(true);
    scheduler.stop();
    advance(RELEASE_RETRY_MS * 3);
    expect(sent).toHaveLength(3);
  });

  it('does not wake at all while the session is off; turning it on looks at once', () => {
    const { sent, scheduler, change } = start(getDefaultSettings());
    expect(scheduler.nextAt()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    change(on('17:00'));
    expect(sent).toHaveLength(2);
    expect(scheduler.nextAt()).toBe(wall + RELEASE_RETRY_MS);
  });

  it('after a sleep that timers did not see, recheck looks at the clock at once', () => {
    const { sent, scheduler } = start(on());
    wall = at('2026-11-23T17:45:00+01:00');
    scheduler.recheck();
    expect(sent).toHaveLength(2);
    expect(scheduler.nextAt()).toBe(wall + RELEASE_RETRY_MS);
  });
});

describe('release notice text', () => {
  it('names the session and its minutes, without buttons (its window is open)', () => {
    const text = getBreakNoticeText(
      { kind: 'posture', inSeconds: 0, canSnooze: false, lengthSeconds: 240, release: true },
      true,
    );
    expect(text.actions).toEqual([]);
    expect(english.format(text.title)).toBe('Your 4-minute release session is open');
    expect(english.format(text.body)).toContain('5–7 out of 10');
  });
});
