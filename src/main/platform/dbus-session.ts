import type { EventEmitter } from 'node:events';
import { Message, MessageType, sessionBus, type MessageBus } from '@jellybrick/dbus-next';

/** A method call on the session bus, by name. */
export interface DbusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
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
   * Hears a signal (`interface`.`member`, optionally from one `path`) on the same
   * connection; resolves once the bus routes it to us, with a function that stops it.
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

  const connection = (): MessageBus => {
    if (bus) return bus;
    const fresh = openBus();
    opened += 1;
    // The bus emits 'error' (not in its typed events); unheard, it would end the process.
    (fresh as unknown as EventEmitter).on('error', (error: unknown) => {
      console.warn(`[dbus] session bus connection lost: ${String(error)}`);
      if (bus === fresh) bus = null;
    });
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
    async subscribe(match, onSignal) {
      const rule = [
        "type='signal'",
        `interface='${match.interface}'`,
        `member='${match.member}'`,
        ...(match.path ? [`path='${match.path}'`] : []),
      ].join(',');
      const target = connection();
      const listener = (message: Message): void => {
        if (message.type !== MessageType.SIGNAL) return;
        if (message.interface !== match.interface || message.member !== match.member) return;
        if (match.path && message.path !== match.path) return;
        onSignal(message.body);
      };
      (target as unknown as EventEmitter).on('message', listener);
      await this.call({ ...BUS, member: 'AddMatch', signature: 's', body: [rule] });
      return () => {
        (target as unknown as EventEmitter).off('message', listener);
        void this.call({ ...BUS, member: 'RemoveMatch', signature: 's', body: [rule] }).catch(
          () => undefined,
        );
      };
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
