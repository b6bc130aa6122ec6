import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFocusRecheck, RECHECK_MS } from '../../../src/main/focus-recheck';
import type { FocusSource } from '../../../src/main/platform/focus-dbus';
import { startFocusWatch, type FocusWatch } from '../../../src/main/platform/focus-watch';
import type { FocusState } from '../../../src/shared/domain';

/** Issue 15: a held break comes within a minute of a call ending, signals or not. */

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A source that says `state` when read; `signalled` gives it a working watch. */
function fakeSource(name: string, initial: FocusState, signalled = false) {
  let state = initial;
  let reads = 0;
  let notify: (() => void) | null = null;
  const source: FocusSource = {
    name,
    read: () => {
      reads += 1;
      return Promise.resolve(state);
    },
    ...(signalled
      ? {
          watch: (onChange: () => void) => {
            notify = onChange;
            return Promise.resolve(() => (notify = null));
          },
        }
      : {}),
  };
  return {
    source,
    reads: () => reads,
    /** Changes what it says; a signalled source also signals it. */
    set(next: FocusState) {
      state = next;
      notify?.();
    },
  };
}

async function start(sources: FocusSource[]) {
  const seen: FocusState[] = [];
  let watch: FocusWatch | null = null;
  const recheck = createFocusRecheck(() => watch?.refreshPolled() ?? Promise.resolve());
  watch = await startFocusWatch(sources, (state) => seen.push(state), undefined, recheck.afterRead);
  return { seen, watch, recheck };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('focus recheck', () => {
  it('sees a call on a polled source end within a minute, then schedules nothing more', async () => {
    const camera = fakeSource('camera', 'call');
    const { seen } = await start([camera.source]);
    expect(seen).toEqual(['call']);
    expect(vi.getTimerCount()).toBe(1);

    // The worst case: the call ends just after a re-read (the fourth read, at 3:00).
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    camera.set('none');
    await vi.advanceTimersByTimeAsync(RECHECK_MS - 1);
    expect(seen).toEqual(['call']);
    expect(camera.reads()).toBe(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['call', 'none']);
    expect(RECHECK_MS).toBeLessThanOrEqual(MINUTE);

    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(3 * 60 * MINUTE);
    expect(camera.reads()).toBe(5);
  });

  it('reads a polled source at most once a minute while it holds focus', async () => {
    const fullscreen = fakeSource('x11-fullscreen', 'fullscreen');
    await start([fullscreen.source]);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(fullscreen.reads()).toBe(1 + 10);
  });

  it('schedules nothing while focus is none', async () => {
    const camera = fakeSource('camera', 'none');
    const { seen } = await start([camera.source]);
    expect(seen).toEqual(['none']);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(8 * 60 * MINUTE);
    expect(camera.reads()).toBe(1);
  });

  it('a signalled source holding focus needs no re-read: its signal tells the end', async () => {
    const inhibitor = fakeSource('gnome-inhibitor', 'call', true);
    const camera = fakeSource('camera', 'none');
    const { seen } = await start([inhibitor.source, camera.source]);
    expect(seen).toEqual(['call']);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(inhibitor.reads()).toBe(1);
    expect(camera.reads()).toBe(1);

    inhibitor.set('none');
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['call', 'none']);
  });

  it('a polled source stronger than the signalled ones is re-read, the signalled one is not', async () => {
    const dnd = fakeSource('gnome-dnd', 'dnd', true);
    const camera = fakeSource('camera', 'call');
    const { seen } = await start([dnd.source, camera.source]);
    expect(seen).toEqual(['call']);
    camera.set('none');
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(seen).toEqual(['call', 'dnd']);
    expect(camera.reads()).toBe(2);
    expect(dnd.reads()).toBe(1);
    // Do-not-disturb's end is signalled: nothing is read again on a timer.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a wake-up read in between puts the re-read a minute after it', async () => {
    const camera = fakeSource('camera', 'call');
    const { watch } = await start([camera.source]);
    await vi.advanceTimersByTimeAsync(40 * SECOND);
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(RECHECK_MS - 1);
    expect(camera.reads()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(camera.reads()).toBe(3);
  });

  it('stops: no re-read is left scheduled', async () => {
    const camera = fakeSource('camera', 'call');
    const { recheck } = await start([camera.source]);
    recheck.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(camera.reads()).toBe(1);
  });
});
