import { Message, sessionBus, Variant, type MessageBus } from '@jellybrick/dbus-next';

/**
 * A StatusNotifierWatcher on the test's session bus, as a panel with tray support runs
 * one (KDE Plasma, GNOME's AppIndicator extension): it owns the well-known name and
 * answers `IsStatusNotifierHostRegistered`.
 */
export interface FakeTrayWatcher {
  stop(): Promise<void>;
}

const NAME = 'org.kde.StatusNotifierWatcher';

export async function serveTrayWatcher(hostRegistered: boolean): Promise<FakeTrayWatcher> {
  const bus: MessageBus = sessionBus();
  bus.addMethodHandler((message: Message) => {
    if (message.path !== '/StatusNotifierWatcher') return false;
    if (message.interface !== 'org.freedesktop.DBus.Properties' || message.member !== 'Get') {
      return false;
    }
    const [iface, property] = message.body as [string, string];
    if (iface !== NAME || property !== 'IsStatusNotifierHostRegistered') return false;
    bus.send(Message.newMethodReturn(message, 'v', [new Variant('b', hostRegistered)]));
    return true;
  });
  await bus.requestName(NAME, 0);
  return {
    async stop() {
      await bus.releaseName(NAME);
      bus.disconnect();
    },
  };
}
