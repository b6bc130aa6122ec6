import { Message, sessionBus, type MessageBus } from '@jellybrick/dbus-next';

const BUS_NAME = 'org.gnome.Mutter.IdleMonitor';
const PATH = '/org/gnome/Mutter/IdleMonitor/Core';
const IFACE = 'org.gnome.Mutter.IdleMonitor';

/** A stand-in for Mutter's user-active watches, on the real session bus. */
export interface FakeActiveWatchService {
  /** Watch ids added and not yet fired or removed. */
  readonly watches: ReadonlySet<number>;
  /** How many AddUserActiveWatch calls it answered. */
  readonly added: number;
  /** The person touches the keyboard: every watch fires once (WatchFired) and is dropped. */
  input(): void;
  stop(): Promise<void>;
}

/**
 * Answers AddUserActiveWatch with a new id and RemoveWatch by dropping it; `input()`
 * emits WatchFired(id) for each watch, as Mutter does on the first input after it.
 * GetIdletime answers 0: a reply sent after a signal reaches a client after it.
 */
export async function serveActiveWatches(): Promise<FakeActiveWatchService> {
  const bus: MessageBus = sessionBus();
  const watches = new Set<number>();
  let next = 1;
  let added = 0;
  bus.addMethodHandler((message: Message) => {
    if (message.path !== PATH || message.interface !== IFACE) return false;
    if (message.member === 'AddUserActiveWatch') {
      const id = next++;
      added += 1;
      watches.add(id);
      bus.send(Message.newMethodReturn(message, 'u', [id]));
      return true;
    }
    if (message.member === 'GetIdletime') {
      bus.send(Message.newMethodReturn(message, 't', [0n]));
      return true;
    }
    if (message.member === 'RemoveWatch') {
      watches.delete(Number(message.body[0]));
      bus.send(Message.newMethodReturn(message, '', []));
      return true;
    }
    return false;
  });
  await bus.requestName(BUS_NAME, 0);
  let stopped = false;
  return {
    watches,
    get added() {
      return added;
    },
    input() {
      for (const id of [...watches]) {
        watches.delete(id);
        bus.send(Message.newSignal(PATH, IFACE, 'WatchFired', 'u', [id]));
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await bus.releaseName(BUS_NAME);
      bus.disconnect();
    },
  };
}
