import type { EventEmitter } from 'node:events';
import { Message, MessageType, sessionBus, type MessageBus } from '@jellybrick/dbus-next';

/** A method call on the session bus, by name. */
export interface DbusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  /** D-Bus type signature of `body`, e.g. 'susssasa{sv}i'. */
  signature?: string;
  body?: unknown[];
}

/** Which signals a subscriber hears: one interface, optionally one member. */
export interface DbusSignalMatch {
  interface: string;
  member?: string;
  /** Only from this object path. */
  path?: string;
}

/** A signal that arrived: its member name and arguments. */
export interface DbusSignal {
  member: string;
  body: unknown[];
}

function toMatchRule(match: DbusSignalMatch): string {
  const member = match.member ? `,member='${match.member}'` : '';
  const path = match.path ? `,path='${match.path}'` : '';
  return `type='signal',interface='${match.interface}'${member}${path}`;
}

/** The bus daemon itself, for AddMatch and RemoveMatch. */
const BUS = {
  destination: 'org.freedesktop.DBus',
  path: '/org/freedesktop/DBus',
  interface: 'org.freedesktop.DBus',
} as const;

export interface DbusSession {
  /** Calls a method and resolves with the reply's body; rejects on a D-Bus error or timeout. */
  call(call: DbusCall, timeoutMs?: number): Promise<unknown[]>;
  /**
   * Hears signals on this same connection (the bus is asked to route them here once
   * per match, again after a reconnect). Returns the unsubscribe function.
   */
  onSignal(match: DbusSignalMatch, handler: (signal: DbusSignal) => void): () => void;
  /**
   * Like `onSignal` for one member, resolving once the bus routes it to us (a test can
   * then emit it), with a function that stops it.
   */
  subscribe(
    match: { interface: string; member: string; path?: string },
    onSignal: (body: unknown[]) => void,
  ): Promise<() => void>;
  /** How many connections this session has opened so far (one, unless the bus dropped us). */
  readonly connectionsOpened: number;
  close(): void;
}

const DEFAULT_TIMEOUT_MS = 2000;

/**
 * ONE session-bus connection for the whole app, opened on first use and reused by
 * every poll. A new one is opened only after the old one failed. (A connection per
 * poll is how another break app grew dbus-daemon to hundreds of megabytes.)
 */
export function createDbusSession(openBus: () => MessageBus = () => sessionBus()): DbusSession {
  let bus: MessageBus | null = null;
  let opened = 0;
  const subscribers = new Set<{ match: DbusSignalMatch; handler: (signal: DbusSignal) => void }>();

  const addMatch = (target: MessageBus, match: DbusSignalMatch): void => {
    const message = new Message({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'AddMatch',
      signature: 's',
      body: [toMatchRule(match)],
    });
    target.call(message).catch((error: unknown) => {
      console.warn(`[dbus] cannot hear ${toMatchRule(match)}: ${String(error)}`);
    });
  };

  const connection = (): MessageBus => {
    if (bus) return bus;
    const fresh = openBus();
    opened += 1;
    // The bus emits 'error' (not in its typed events); unheard, it would end the process.
    (fresh as unknown as EventEmitter).on('error', (error: unknown) => {
      console.warn(`[dbus] session bus connection lost: ${String(error)}`);
      if (bus === fresh) bus = null;
    });
    fresh.on('message', (message) => {
      if (message.type !== MessageType.SIGNAL) return;
      for (const { match, handler } of subscribers) {
        if (message.interface !== match.interface) continue;
        if (match.member && message.member !== match.member) continue;
        if (match.path && message.path !== match.path) continue;
        handler({ member: message.member, body: message.body });
      }
    });
    for (const { match } of subscribers) addMatch(fresh, match);
    bus = fresh;
    return fresh;
  };

  return {
    async call(call, timeoutMs = DEFAULT_TIMEOUT_MS) {
      const message = new Message({ ...call });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${call.member} timed out`)), timeoutMs);
      });
      try {
        const reply = await Promise.race([connection().call(message), timeout]);
        return reply?.body ?? [];
      } finally {
        clearTimeout(timer);
      }
    },
    onSignal(match, handler) {
      const subscriber = { match, handler };
      subscribers.add(subscriber);
      if (bus) addMatch(bus, match);
      else {
        try {
          connection();
        } catch (error) {
          // No bus yet: the next successful call() connects and adds the match.
          console.warn(`[dbus] no session bus for signals: ${String(error)}`);
        }
      }
      return () => subscribers.delete(subscriber);
    },
    async subscribe(match, onSignal) {
      const stop = this.onSignal(match, (signal) => onSignal(signal.body));
      // The bus answers in order: once this reply is here, the AddMatch sent before it
      // has taken effect.
      await this.call({ ...BUS, member: 'GetId' });
      return stop;
    },
    get connectionsOpened() {
      return opened;
    },
    close() {
      bus?.disconnect();
      bus = null;
    },
  };
}
