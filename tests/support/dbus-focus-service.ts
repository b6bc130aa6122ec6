import { Message, sessionBus, Variant, type MessageBus } from '@jellybrick/dbus-next';

/**
 * Stand-ins for the Linux focus services, served on the real session bus with the
 * library the app uses: GNOME's SessionManager inhibitors, the freedesktop
 * PowerManagement inhibit flag and KDE's notification inhibition. Setting `on`
 * changes the answer and sends the signal the real service sends.
 */
export interface FakeFocusService {
  on: boolean;
  stop(): Promise<void>;
}

interface Spec {
  busName: string;
  path: string;
  /** Answers a method call addressed to the service, or returns false for others. */
  answer(bus: MessageBus, message: Message, on: boolean): boolean;
  /** The signal sent when `on` changes. */
  signal(on: boolean): Message;
}

async function serve(spec: Spec): Promise<FakeFocusService> {
  const bus: MessageBus = sessionBus();
  let on = false;
  let stopped = false;
  bus.addMethodHandler(
    (message: Message) => message.path === spec.path && spec.answer(bus, message, on),
  );
  await bus.requestName(spec.busName, 0);
  return {
    get on() {
      return on;
    },
    set on(value: boolean) {
      on = value;
      bus.send(spec.signal(value));
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await bus.releaseName(spec.busName);
      bus.disconnect();
    },
  };
}

const GNOME_PATH = '/org/gnome/SessionManager';
const GNOME_IFACE = 'org.gnome.SessionManager';

export const serveGnomeSessionManager = () =>
  serve({
    busName: GNOME_IFACE,
    path: GNOME_PATH,
    answer(bus, message, on) {
      if (message.interface !== GNOME_IFACE || message.member !== 'IsInhibited') return false;
      // Only the idle flag (8) is held by a call or a presentation.
      const flags = Number(message.body[0]);
      bus.send(Message.newMethodReturn(message, 'b', [on && (flags & 8) !== 0]));
      return true;
    },
    signal: (on) =>
      Message.newSignal(GNOME_PATH, GNOME_IFACE, on ? 'InhibitorAdded' : 'InhibitorRemoved', 'o', [
        '/org/gnome/SessionManager/Inhibitor1',
      ]),
  });

const PM_PATH = '/org/freedesktop/PowerManagement/Inhibit';
const PM_IFACE = 'org.freedesktop.PowerManagement.Inhibit';

export const servePowerManagementInhibit = () =>
  serve({
    busName: 'org.freedesktop.PowerManagement',
    path: PM_PATH,
    answer(bus, message, on) {
      if (message.interface !== PM_IFACE || message.member !== 'HasInhibit') return false;
      bus.send(Message.newMethodReturn(message, 'b', [on]));
      return true;
    },
    signal: (on) => Message.newSignal(PM_PATH, PM_IFACE, 'HasInhibitChanged', 'b', [on]),
  });

const KDE_PATH = '/org/freedesktop/Notifications';
const PROPERTIES = 'org.freedesktop.DBus.Properties';

export const serveKdeNotifications = () =>
  serve({
    busName: 'org.freedesktop.Notifications',
    path: KDE_PATH,
    answer(bus, message, on) {
      if (message.interface !== PROPERTIES || message.member !== 'Get') return false;
      if (message.body[1] !== 'Inhibited') return false;
      bus.send(Message.newMethodReturn(message, 'v', [new Variant('b', on)]));
      return true;
    },
    signal: (on) =>
      Message.newSignal(KDE_PATH, PROPERTIES, 'PropertiesChanged', 'sa{sv}as', [
        'org.freedesktop.Notifications',
        { Inhibited: new Variant('b', on) },
        [],
      ]),
  });
