import { Message, sessionBus, type MessageBus } from '@jellybrick/dbus-next';

/**
 * Small stand-ins for GNOME's and KDE's idle interfaces, served on the real session
 * bus by the same D-Bus library the app uses. `idleMs` is what they answer.
 */
export interface FakeIdleService {
  idleMs: number;
  /** Releases the bus name and disconnects: the service disappears from the bus. */
  stop(): Promise<void>;
}

interface ServiceSpec {
  busName: string;
  path: string;
  interfaceName: string;
  method: string;
  signature: 't' | 'u';
}

const MUTTER: ServiceSpec = {
  busName: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interfaceName: 'org.gnome.Mutter.IdleMonitor',
  method: 'GetIdletime',
  signature: 't',
};

const SCREENSAVER: ServiceSpec = {
  busName: 'org.freedesktop.ScreenSaver',
  path: '/org/freedesktop/ScreenSaver',
  interfaceName: 'org.freedesktop.ScreenSaver',
  method: 'GetSessionIdleTime',
  signature: 'u',
};

async function serve(spec: ServiceSpec, idleMs: number): Promise<FakeIdleService> {
  const bus: MessageBus = sessionBus();
  const state = { idleMs };
  let stopped = false;
  // The low-level handler: answers exactly one method, like the real services do.
  bus.addMethodHandler((message: Message) => {
    const ours =
      message.path === spec.path &&
      message.interface === spec.interfaceName &&
      message.member === spec.method;
    if (!ours) return false;
    const value = spec.signature === 't' ? BigInt(state.idleMs) : state.idleMs;
    bus.send(Message.newMethodReturn(message, spec.signature, [value]));
    return true;
  });
  await bus.requestName(spec.busName, 0);
  return {
    get idleMs() {
      return state.idleMs;
    },
    set idleMs(value: number) {
      state.idleMs = value;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await bus.releaseName(spec.busName);
      bus.disconnect();
    },
  };
}

export const serveMutterIdleMonitor = (idleMs: number) => serve(MUTTER, idleMs);
export const serveScreenSaver = (idleMs: number) => serve(SCREENSAVER, idleMs);
