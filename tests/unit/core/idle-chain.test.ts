import { describe, expect, it } from 'vitest';
import {
  beginIdleRead,
  createIdleChain,
  getIdleSourceOrder,
  isIdleUnavailable,
  RECHECK_MS,
  settleIdleRead,
  STUCK_ZERO_MS,
  type IdleAnswer,
  type IdleChainState,
  type IdleSourceId,
} from '../../../src/core/idle-chain';

/** One read as the shell does it, with scripted answers per source. */
function read(
  state: IdleChainState,
  now: number,
  answers: Partial<Record<IdleSourceId, IdleAnswer>>,
) {
  const begun = beginIdleRead(state, now);
  let current = begun.state;
  let source = begun.source;
  const asked: IdleSourceId[] = [];
  while (source) {
    asked.push(source);
    const settled = settleIdleRead(current, source, answers[source] ?? { error: 'absent' }, now);
    current = settled.state;
    if (settled.seconds !== null) return { state: current, seconds: settled.seconds, asked };
    source = settled.next;
  }
  return { state: current, seconds: null, asked };
}

describe('idle source order', () => {
  it('trusts powerMonitor on Windows, macOS and X11, with D-Bus behind it on Linux', () => {
    expect(
      getIdleSourceOrder({ platform: 'win32', sessionType: null, hasSessionBus: false }),
    ).toEqual(['powerMonitor']);
    expect(
      getIdleSourceOrder({ platform: 'linux', sessionType: 'x11', hasSessionBus: true }),
    ).toEqual(['powerMonitor', 'mutter', 'screensaver']);
  });

  it('asks D-Bus first on Wayland, where powerMonitor answers 0 forever', () => {
    expect(
      getIdleSourceOrder({ platform: 'linux', sessionType: 'wayland', hasSessionBus: true }),
    ).toEqual(['mutter', 'screensaver', 'powerMonitor']);
    expect(
      getIdleSourceOrder({ platform: 'linux', sessionType: 'wayland', hasSessionBus: false }),
    ).toEqual(['powerMonitor']);
  });
});

describe('idle source chain', () => {
  const wayland = () => createIdleChain(['mutter', 'screensaver', 'powerMonitor'], true);

  it('uses the first source that answers and stays with it', () => {
    const first = read(wayland(), 0, { mutter: { seconds: 12 } });
    expect(first).toMatchObject({ seconds: 12, asked: ['mutter'] });
    const second = read(first.state, 1000, { mutter: { seconds: 3 } });
    expect(second).toMatchObject({ seconds: 3, asked: ['mutter'] });
  });

  it('falls down the chain in one read when the active source fails', () => {
    const first = read(wayland(), 0, { mutter: { seconds: 12 } });
    const next = read(first.state, 1000, {
      mutter: { error: 'gone' },
      screensaver: { seconds: 4 },
    });
    expect(next).toMatchObject({ seconds: 4, asked: ['mutter', 'screensaver'] });
    expect(next.state.active).toBe('screensaver');
    expect(next.state.note).toBe('mutter: gone');
  });

  it('drops a powerMonitor stuck at 0 on Wayland after STUCK_ZERO_MS and reports the clock fallback', () => {
    let state = read(wayland(), 0, { powerMonitor: { seconds: 0 } }).state;
    expect(state.active).toBe('powerMonitor');
    state = read(state, STUCK_ZERO_MS - 1, { powerMonitor: { seconds: 0 } }).state;
    expect(isIdleUnavailable(state)).toBe(false);
    const stuck = read(state, STUCK_ZERO_MS, { powerMonitor: { seconds: 0 } });
    expect(stuck.seconds).toBeNull();
    expect(isIdleUnavailable(stuck.state)).toBe(true);
    expect(stuck.state.order).not.toContain('powerMonitor');
  });

  it('believes 0 from a powerMonitor that has shown it moves', () => {
    let state = read(wayland(), 0, { powerMonitor: { seconds: 5 } }).state;
    state = read(state, 1, { powerMonitor: { seconds: 0 } }).state;
    const later = read(state, STUCK_ZERO_MS * 3, { powerMonitor: { seconds: 0 } });
    expect(later.seconds).toBe(0);
  });

  it('never suspects powerMonitor where it works (X11, Windows, macOS)', () => {
    const state = read(createIdleChain(['powerMonitor'], false), 0, {
      powerMonitor: { seconds: 0 },
    }).state;
    expect(read(state, STUCK_ZERO_MS * 10, { powerMonitor: { seconds: 0 } }).seconds).toBe(0);
  });

  it('tries the top again after RECHECK_MS, and only then', () => {
    const down = read(wayland(), 0, { screensaver: { seconds: 1 } });
    expect(down.asked).toEqual(['mutter', 'screensaver']);
    expect(
      read(down.state, RECHECK_MS - 1, { mutter: { seconds: 2 }, screensaver: { seconds: 1 } })
        .asked,
    ).toEqual(['screensaver']);
    const back = read(down.state, RECHECK_MS, { mutter: { seconds: 2 } });
    expect(back).toMatchObject({ seconds: 2, asked: ['mutter'] });
  });

  it('answers null without asking anyone while nothing works, until the recheck', () => {
    const none = read(wayland(), 0, {});
    expect(none.seconds).toBeNull();
    expect(isIdleUnavailable(none.state)).toBe(true);
    expect(read(none.state, 1000, {}).asked).toEqual([]);
    expect(read(none.state, RECHECK_MS, { mutter: { seconds: 1 } }).seconds).toBe(1);
  });

  it('clamps a negative answer to 0', () => {
    expect(read(wayland(), 0, { mutter: { seconds: -3 } }).seconds).toBe(0);
  });
});
