import { EventEmitter } from 'node:events';
import type { Message, MessageBus } from '@jellybrick/dbus-next';
import { describe, expect, it } from 'vitest';
import { createDbusSession } from '../../../src/main/platform/dbus-session';

const CALL = { destination: 'org.x', path: '/org/x', interface: 'org.x', member: 'Get' };

/** A bus that answers each call with `answer`, or never when `answer` is null. */
function fakeBus(answer: unknown[] | null) {
  const bus = Object.assign(new EventEmitter(), {
    calls: [] as Message[],
    disconnected: false,
    call(message: Message) {
      bus.calls.push(message);
      return answer === null ? new Promise(() => undefined) : Promise.resolve({ body: answer });
    },
    disconnect() {
      bus.disconnected = true;
    },
  });
  return bus;
}

describe('shared D-Bus session', () => {
  it('opens one connection lazily and reuses it for every call', async () => {
    const buses: ReturnType<typeof fakeBus>[] = [];
    const session = createDbusSession(() => {
      const bus = fakeBus([42]);
      buses.push(bus);
      return bus as unknown as MessageBus;
    });
    expect(session.connectionsOpened).toBe(0);
    for (let i = 0; i < 20; i += 1) expect(await session.call(CALL)).toEqual([42]);
    expect(session.connectionsOpened).toBe(1);
    expect(buses[0]?.calls[0]).toMatchObject({ member: 'Get', destination: 'org.x' });
  });

  it('opens a new connection only after the old one failed', async () => {
    const buses: ReturnType<typeof fakeBus>[] = [];
    const session = createDbusSession(() => {
      const bus = fakeBus([1]);
      buses.push(bus);
      return bus as unknown as MessageBus;
    });
    await session.call(CALL);
    buses[0]?.emit('error', new Error('socket closed'));
    await session.call(CALL);
    await session.call(CALL);
    expect(session.connectionsOpened).toBe(2);
    session.close();
    expect(buses[1]?.disconnected).toBe(true);
  });

  it('gives up on a call that gets no answer', async () => {
    const session = createDbusSession(() => fakeBus(null) as unknown as MessageBus);
    await expect(session.call(CALL, 20)).rejects.toThrow('Get timed out');
  });

  it('rejects, without throwing, when no bus can be reached', async () => {
    const session = createDbusSession(() => {
      throw new Error('Could not get a session bus address');
    });
    await expect(session.call(CALL)).rejects.toThrow('session bus address');
  });
});
