import { describe, expect, it } from 'vitest';
import { createIdleReader } from '../../../src/main/platform/idle';
import type { IdleSource } from '../../../src/main/platform/idle-dbus';

/** A source whose answers the test sets; counts how often it was asked. */
function scripted(id: IdleSource['id'], answer: () => number) {
  const source = {
    id,
    calls: 0,
    read: async () => {
      source.calls += 1;
      return answer();
    },
  };
  return source;
}

describe('idle reader (the chain run by the shell)', () => {
  it('reads synchronously what the last refresh found, and logs each change of source', async () => {
    let mutterUp = true;
    const mutter = scripted('mutter', () => {
      if (!mutterUp) throw new Error('org.freedesktop.DBus.Error.ServiceUnknown');
      return 20;
    });
    const power = scripted('powerMonitor', () => 4);
    const lines: string[] = [];
    const reader = createIdleReader({
      order: ['mutter', 'screensaver', 'powerMonitor'],
      sources: [mutter, power],
      watchStuckZero: false,
      monoNow: () => 0,
      log: (line) => lines.push(line),
    });
    expect(reader.read()).toBeNull();
    await reader.refresh();
    expect([reader.getSource(), reader.read()]).toEqual(['mutter', 20]);
    mutterUp = false;
    await reader.refresh();
    expect([reader.getSource(), reader.read()]).toEqual(['powerMonitor', 4]);
    expect(lines).toEqual([
      '[idle] source: mutter',
      '[idle] source: powerMonitor (mutter: org.freedesktop.DBus.Error.ServiceUnknown)',
    ]);
  });

  it('shares one pass between overlapping refreshes', async () => {
    const mutter = scripted('mutter', () => 1);
    const reader = createIdleReader({
      order: ['mutter'],
      sources: [mutter],
      watchStuckZero: false,
      log: () => undefined,
    });
    await Promise.all([reader.refresh(), reader.refresh(), reader.refresh()]);
    expect(mutter.calls).toBe(1);
  });

  it('says unavailable, and reads null, when no source answers', async () => {
    const reader = createIdleReader({
      order: ['powerMonitor'],
      sources: [
        scripted('powerMonitor', () => {
          throw new Error('no powerMonitor');
        }),
      ],
      watchStuckZero: false,
      log: () => undefined,
    });
    await reader.refresh();
    expect(reader.read()).toBeNull();
    expect(reader.isUnavailable()).toBe(true);
  });
});
