import { Message, sessionBus, Variant, type MessageBus } from '@jellybrick/dbus-next';

/**
 * A stand-in for xdg-desktop-portal's Settings interface, serving one GNOME key,
 * `org.gnome.desktop.notifications` `show-banners`, on the real session bus. Setting
 * `showBanners` changes the answer and sends `SettingChanged` as the portal does.
 * `version: 1` answers only the old `Read` (a variant holding a variant), as
 * portals before 1.18 do; `version: 2` adds `ReadOne`.
 */
export interface FakeSettingsPortal {
  showBanners: boolean;
  /** Sends a change of some other setting, which must not be taken for this one. */
  changeOther(): void;
  stop(): Promise<void>;
}

const PATH = '/org/freedesktop/portal/desktop';
const IFACE = 'org.freedesktop.portal.Settings';
const NAMESPACE = 'org.gnome.desktop.notifications';
const KEY = 'show-banners';

export async function serveSettingsPortal(version: 1 | 2): Promise<FakeSettingsPortal> {
  const bus: MessageBus = sessionBus();
  let showBanners = true;
  let stopped = false;
  bus.addMethodHandler((message: Message) => {
    if (message.path !== PATH || message.interface !== IFACE) return false;
    const known = message.body[0] === NAMESPACE && message.body[1] === KEY;
    if (message.member === 'ReadOne' && version === 2 && known) {
      bus.send(Message.newMethodReturn(message, 'v', [new Variant('b', showBanners)]));
    } else if (message.member === 'Read' && known) {
      const inner = new Variant('b', showBanners);
      bus.send(Message.newMethodReturn(message, 'v', [new Variant('v', inner)]));
    } else {
      const name = known
        ? 'org.freedesktop.DBus.Error.UnknownMethod'
        : 'org.freedesktop.portal.Error.NotFound';
      bus.send(Message.newError(message, name, `no ${message.member}`));
    }
    return true;
  });
  await bus.requestName('org.freedesktop.portal.Desktop', 0);
  const send = (namespace: string, key: string, value: Variant): void => {
    bus.send(Message.newSignal(PATH, IFACE, 'SettingChanged', 'ssv', [namespace, key, value]));
  };
  return {
    get showBanners() {
      return showBanners;
    },
    set showBanners(value: boolean) {
      showBanners = value;
      send(NAMESPACE, KEY, new Variant('b', value));
    },
    changeOther: () =>
      send('org.gnome.desktop.interface', 'color-scheme', new Variant('s', 'dark')),
    async stop() {
      if (stopped) return;
      stopped = true;
      await bus.releaseName('org.freedesktop.portal.Desktop');
      bus.disconnect();
    },
  };
}
